/**
 * A form control that uploads files to the hub (POST /files) as soon as they are picked and holds
 * the ids of the uploaded files as its value (a list of ids), for `Form.Item`:
 *
 *   <Form.Item label="相关证据材料" name={['applicationData', 'evidence']}>
 *     <FileUpload />                      // pending uploads, claimed by the registration
 *   </Form.Item>
 *   <FileUpload disputeId={dispute.id} /> // files of an existing dispute
 *
 * Each file shows its name, size, progress and, when the hub refuses it (413 too large, 415 type
 * not allowed …), the hub's Chinese message. `onBusyChange` says while an upload is running, so a
 * form can refuse to submit before the ids are known.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { FileRequestError, formatSize, useFiles, type UploadedFile } from '../app/files';

/** What the hub accepts (content-sniffed there; this only narrows the browser's file dialog). */
export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.bmp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.ofd';

interface Item {
  uid: string;
  name: string;
  size: number;
  percent: number;
  status: 'uploading' | 'done' | 'error';
  file?: UploadedFile;
  error?: string;
}

let uidSeq = 0;

/**
 * Files uploaded from this page, by id: a dialog opened again keeps its form's value (the ids) but
 * not this control's state, and still shows those files by name.
 */
const uploadedHere = new Map<string, UploadedFile>();

export function FileUpload({
  id,
  value,
  onChange,
  disputeId = null,
  maxCount = 20,
  onBusyChange,
  onUploaded,
  buttonText = '选择文件',
  disabled,
  'aria-describedby': describedBy,
}: {
  id?: string;
  value?: string[] | string | null;
  onChange?: (ids: string[]) => void;
  /** Upload to this dispute; without it, pending uploads for a registration. */
  disputeId?: string | null;
  maxCount?: number;
  onBusyChange?: (busy: boolean) => void;
  /** Called with each file the hub stored. */
  onUploaded?: (file: UploadedFile) => void;
  buttonText?: string;
  disabled?: boolean;
  'aria-describedby'?: string;
}) {
  const files = useFiles();
  const [items, setItems] = useState<Item[]>([]);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const aborts = useRef(new Map<string, AbortController>());
  const ids = Array.isArray(value) ? value : value ? [value] : [];
  const idsRef = useRef(ids);
  idsRef.current = ids;

  // A form reset (another matter picked, a dialog reopened) empties the value: forget the files it named.
  const idKey = ids.join(',');
  useEffect(() => {
    const current = idKey ? idKey.split(',') : [];
    setItems((prev) => {
      const next = prev.filter((i) => i.status !== 'done' || (i.file && current.includes(i.file.id)));
      return next.length === prev.length ? prev : next;
    });
  }, [idKey]);

  /** Two uploads may finish before the form re-renders: each change builds on the last one sent. */
  const emit = (next: string[]) => {
    idsRef.current = next;
    onChange?.(next);
  };

  const busy = items.some((i) => i.status === 'uploading');
  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);
  useEffect(() => {
    const running = aborts.current;
    return () => running.forEach((c) => c.abort());
  }, []);

  const patch = (uid: string, p: Partial<Item>) => setItems((prev) => prev.map((i) => (i.uid === uid ? { ...i, ...p } : i)));

  const start = (file: File) => {
    const live = itemsRef.current.filter((i) => i.status !== 'error').length;
    const uid = `f${++uidSeq}`;
    if (live >= maxCount) {
      setItems((prev) => [...prev, { uid, name: file.name, size: file.size, percent: 0, status: 'error', error: `最多 ${maxCount} 个文件` }]);
      return;
    }
    const abort = new AbortController();
    aborts.current.set(uid, abort);
    setItems((prev) => [...prev, { uid, name: file.name, size: file.size, percent: 0, status: 'uploading' }]);
    files.upload(file, { disputeId, signal: abort.signal, onProgress: (percent) => patch(uid, { percent }) }).then(
      (stored) => {
        aborts.current.delete(uid);
        uploadedHere.set(stored.id, stored);
        patch(uid, { status: 'done', percent: 100, file: stored });
        emit([...idsRef.current, stored.id]);
        onUploaded?.(stored);
      },
      (e: unknown) => {
        aborts.current.delete(uid);
        if (e instanceof FileRequestError && e.code === 'ABORTED') return;
        patch(uid, { status: 'error', error: e instanceof Error ? e.message : String(e) });
      },
    );
  };

  const remove = (item: Item) => {
    aborts.current.get(item.uid)?.abort();
    aborts.current.delete(item.uid);
    setItems((prev) => prev.filter((i) => i.uid !== item.uid));
    if (item.file) emit(idsRef.current.filter((x) => x !== item.file!.id));
  };

  // Ids in the value that this control did not upload (initial values): shown by id.
  const known = new Set(items.flatMap((i) => (i.file ? [i.file.id] : [])));
  const foreign = ids.filter((x) => !known.has(x));

  return (
    <div>
      <Upload
        id={id}
        aria-describedby={describedBy}
        multiple={maxCount > 1}
        accept={ACCEPTED_FILES}
        fileList={[]}
        showUploadList={false}
        disabled={disabled}
        beforeUpload={(file) => {
          start(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} disabled={disabled}>
          {buttonText}
        </Button>
      </Upload>
      {(items.length > 0 || foreign.length > 0) && (
        <ul aria-label="上传的文件" style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {foreign.map((x) => {
            const f = uploadedHere.get(x);
            const name = f?.fileName ?? `文件 ${x.slice(0, 8)}`;
            return (
              <li key={x} style={{ marginBottom: 4 }}>
                <Space size={8} wrap>
                  <span>{name}</span>
                  {f && <Typography.Text type="secondary">{formatSize(f.size)}</Typography.Text>}
                  <Typography.Text type="success">已上传</Typography.Text>
                  <Button type="link" size="small" onClick={() => emit(idsRef.current.filter((y) => y !== x))} aria-label={`移除 ${name}`}>
                    移除
                  </Button>
                </Space>
              </li>
            );
          })}
          {items.map((i) => (
            <li key={i.uid} style={{ marginBottom: 4 }}>
              <Space size={8} wrap>
                <span>{i.name}</span>
                <Typography.Text type="secondary">{formatSize(i.size)}</Typography.Text>
                {i.status === 'uploading' && <Progress percent={i.percent} size="small" style={{ width: 120, margin: 0 }} aria-label={`${i.name} 上传进度`} />}
                {i.status === 'done' && <Typography.Text type="success">已上传</Typography.Text>}
                {i.status === 'error' && <Typography.Text type="danger">上传失败：{i.error}</Typography.Text>}
                <Button type="link" size="small" onClick={() => remove(i)} aria-label={`移除 ${i.name}`}>
                  {i.status === 'uploading' ? '取消' : '移除'}
                </Button>
              </Space>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * For a form with upload fields: `guard.busy(key)` as a FileUpload's onBusyChange, `guard.rule(key)`
 * in the Form.Item's rules, so that the form is not submitted while an upload of that field runs.
 */
export function useUploadGuard(): { busy: (key: string) => (busy: boolean) => void; rule: (key: string) => { validator: () => Promise<void> } } {
  const running = useRef(new Set<string>());
  return {
    busy: (key) => (b) => void (b ? running.current.add(key) : running.current.delete(key)),
    rule: (key) => ({ validator: () => (running.current.has(key) ? Promise.reject(new Error('文件仍在上传，请等上传完成')) : Promise.resolve()) }),
  };
}
