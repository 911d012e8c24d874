import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatSize, useFiles } from '../../../app/files';
import type { StoredFileFieldsFragment } from '../../../gql/graphql';
import { CaseFileDocument } from './documents';

/** The text a masked viewer sees in place of a file's name and content. */
export const MASKED_FILE = '有文件（无权查看内容）';

/** Fetches a file with the bearer token and saves it; a refusal shows the hub's message. */
export function useDownload(): { busy: string | null; download: (file: StoredFileFieldsFragment) => Promise<void> } {
  const files = useFiles();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (file: StoredFileFieldsFragment) => {
    if (!file.downloadPath) return;
    setBusy(file.id);
    try {
      await files.download(file.downloadPath, file.fileName ?? `文件-${file.id.slice(0, 8)}`);
    } catch (e) {
      message.error(`下载失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };
  return { busy, download };
}

/** A file's name with a download button; for a masked viewer only that the file exists. */
export function FileLink({ file, showSize = false }: { file: StoredFileFieldsFragment; showSize?: boolean }) {
  const { busy, download } = useDownload();
  if (!file.downloadPath || !file.fileName) return <Typography.Text type="secondary">{MASKED_FILE}</Typography.Text>;
  return (
    <Space size={4}>
      <span>{file.fileName}</span>
      {showSize && <Typography.Text type="secondary">{formatSize(file.size)}</Typography.Text>}
      <Button type="link" size="small" icon={<DownloadOutlined />} loading={busy === file.id} onClick={() => void download(file)} aria-label={`下载 ${file.fileName}`}>
        下载
      </Button>
    </Space>
  );
}

/** The files a FILE field of the application form names (by id), from the dispute's case file. */
export default function FileRefs({ disputeId, value }: { disputeId: string; value: unknown }) {
  const ids = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).filter((x): x is string => typeof x === 'string');
  const [{ data }] = useQuery({ query: CaseFileDocument, variables: { id: disputeId }, pause: !ids.length });
  if (!ids.length) return <>—</>;
  const byId = new Map((data?.dispute?.files ?? []).map((f) => [f.id, f]));
  return (
    <Space orientation="vertical" size={0}>
      {ids.map((id) => {
        const f = byId.get(id.toLowerCase());
        return f ? (
          <FileLink key={id} file={f} />
        ) : (
          <Typography.Text key={id} type="secondary">
            文件 {id.slice(0, 8)}
          </Typography.Text>
        );
      })}
    </Space>
  );
}
