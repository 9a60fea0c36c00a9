/**
 * What the layout adds for the fan's own state: reading it after hydration, applying the theme, telling the
 * fan when saved state could not be read or written. The layout loads this module only after the page has
 * hydrated (none of it is in the prerendered HTML), and everything it shows is fixed in place, so nothing on
 * the first screen moves when it arrives.
 */
import { useEffect } from 'react';
import { dismissNotice, loadFanState } from '../../shared/fan-actions';
import { withFanActions } from '../../shared/fan-controls';
import { BOOT_CLASSES, STORAGE_KEYS } from '../../shared/fan-state';
import { useFan } from '../../shared/fan-store';

const OUR_KEYS: string[] = Object.values(STORAGE_KEYS);

function FanBoot() {
  const loaded = useFan((state) => state.loaded);
  const theme = useFan((state) => state.theme);

  useEffect(() => {
    // This module has loaded the actions already (imported above, so fetched with it); reading through
    // `withFanActions` lets the controls find them, and act within the event that asks them to.
    withFanActions((actions) => actions.loadFanState());
    // Another tab changed what is saved: follow it.
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || OUR_KEYS.includes(event.key)) loadFanState();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    if (!loaded) return;
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    // The shield has been applied in the render this effect follows: the page may show now.
    root.classList.remove(BOOT_CLASSES.shieldPending);
    // The page is hydrated and the fan's state applied: every control now does what it says.
    root.dataset.app = 'ready';
  }, [loaded, theme]);

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

/** Everything above, mounted once by the layout after hydration. */
export function FanLayer() {
  return (
    <>
      <FanBoot />
      <FanNotices />
    </>
  );
}
