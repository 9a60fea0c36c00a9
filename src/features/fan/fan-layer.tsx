/**
 * What the layout adds for the fan's own state: reading it after hydration, applying the theme, telling the
 * fan when saved state could not be read or written, and offering the spoiler shield to newcomers. The
 * layout loads this module only after the page has hydrated (none of it is in the prerendered HTML), and
 * everything it shows is fixed in place, so nothing on the first screen moves when it arrives.
 */
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../../lib/paths';
import { dismissNotice, loadFanState, setShield } from '../../shared/fan-actions';
import { withFanActions } from '../../shared/fan-controls';
import { STORAGE_KEYS } from '../../shared/fan-state';
import { useFan } from '../../shared/fan-store';

/** Set by the inline boot script (scripts/boot-script.ts) while saved state may hide parts of the page. */
const SHIELD_PENDING_CLASS = 'shield-pending';

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
    root.classList.remove(SHIELD_PENDING_CLASS);
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

const SPOILER_PRONE = /^\/(characters|episodes|scenes|commentary)\/[^/]+$/;

/**
 * A newcomer on a page that could spoil something is offered the shield once; it is never switched on for
 * them. Fixed to the bottom of the screen, so showing it moves nothing on the page.
 */
function ShieldOffer() {
  const { pathname } = useLocation();
  const show = useFan((state) => state.loaded && state.shield === null && state.watched.length === 0);
  if (!show || !SPOILER_PRONE.test(pathname)) return null;
  return (
    <aside className="shield-offer" aria-label="Spoiler shield">
      <p>
        Still watching? Turn on the spoiler shield and set how far you have got; we will hide what comes
        later.
      </p>
      <p className="shield-offer__actions">
        <Link to={paths.page('my-wiki')} onClick={() => setShield('on')}>
          Turn it on and set my progress
        </Link>
        <button type="button" onClick={() => setShield('off')}>
          No thanks
        </button>
      </p>
    </aside>
  );
}

/** Everything above, mounted once by the layout after hydration. */
export function FanLayer() {
  return (
    <>
      <FanBoot />
      <FanNotices />
      <ShieldOffer />
    </>
  );
}
