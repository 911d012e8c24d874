import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSubscription } from 'urql';
import { graphql } from '../gql';
import type { ConsoleDeadlineAlertsSubscription } from '../gql/graphql';
import { useLabels } from './labels';

const DeadlineAlertsDocument = graphql(`
  subscription ConsoleDeadlineAlerts($after: String) {
    deadlineAlerts(after: $after) {
      cursor
      type
      deadline {
        kind
        dueOn
        remaining
        state
      }
      dispute {
        id
        code
        title
      }
      proceeding {
        id
        organization {
          name
        }
      }
    }
  }
`);

const CURSOR_KEY = 'dispute-hub.deadlineAlerts.after';
/** Alerts kept between renders; a sweep delivers one per crossing, several at once. */
const KEPT = 100;

type Alert = ConsoleDeadlineAlertsSubscription['deadlineAlerts'];

/** Deadline alerts of the viewer's organization as notifications; resumes after the last one seen in this tab. */
export function DeadlineAlerts() {
  const { notification } = App.useApp();
  const label = useLabels();
  const navigate = useNavigate();
  const after = useRef(sessionStorage.getItem(CURSOR_KEY));
  // Accumulated, not only the latest: alerts of one sweep arrive together and React renders once
  // for several of them, so reading only the latest result would drop all but the last.
  const [{ data }] = useSubscription({ query: DeadlineAlertsDocument, variables: { after: after.current } }, (prev: Alert[] | undefined, next) => [...(prev ?? []), next.deadlineAlerts].slice(-KEPT));
  const shown = useRef(new Set<string>());
  useEffect(() => {
    for (const alert of data ?? []) {
      if (shown.current.has(alert.cursor)) continue;
      shown.current.add(alert.cursor);
      sessionStorage.setItem(CURSOR_KEY, alert.cursor);
      const overdue = alert.type === 'OVERDUE';
      const open = () => navigate(`/disputes/${alert.dispute.id}`);
      notification[overdue ? 'error' : 'warning']({
        key: alert.cursor,
        title: `${overdue ? '已超期' : '即将到期'}：${alert.dispute.code}`,
        description: (
          <a
            href={`/disputes/${alert.dispute.id}`}
            onClick={(e) => {
              e.preventDefault();
              open();
            }}
          >
            {alert.dispute.title} · {label('DeadlineKind', alert.deadline.kind)} · 截止 {alert.deadline.dueOn}
            {alert.proceeding ? ` · ${alert.proceeding.organization.name}` : ''}
          </a>
        ),
        duration: overdue ? 0 : 10,
      });
    }
  }, [data, label, navigate, notification]);
  return null;
}
