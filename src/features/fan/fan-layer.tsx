/**
 * What the layout adds for the fan's own state once it has been read (src/shared/fan-start.tsx): following
 * changes another tab saves, and telling the fan when saved state could not be read or written. Loaded after
 * the page is ready, with the code that saves (which it imports), so the first press of a control usually
 * finds that code already here. Everything it shows is fixed in place, so nothing on the page moves.
 */
import { useEffect } from 'react';
import { dismissNotice, loadFanState } from '../../shared/fan-actions';
import { STORAGE_KEYS } from '../../shared/fan-state';
import { useFan } from '../../shared/fan-store';

const OUR_KEYS: string[] = Object.values(STORAGE_KEYS);

function FollowOtherTabs() {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || OUR_KEYS.includes(event.key)) loadFanState();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return null;
}

function FanNotices() {
  const notices = useFan((state) => state.notices);
  return (
    <div className="fan-notices" role="status" aria-label="Notices about your saved data">
      {notices.map((notice) => (
        <div key={notice.id} className="fan-notice">
          <p>{notice.message}</p>
          <button type="button" onClick={() => dismissNotice(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}

/** Everything above, mounted once by the layout when the fan's state has been read. */
export function FanLayer() {
  return (
    <>
      <FollowOtherTabs />
      <FanNotices />
    </>
  );
}
