/**
 * The theme switch, in the footer of every page and on My wiki. It renders from the store; the code that
 * changes and saves the theme is fetched on first use (see `withFanActions`), so My wiki's first load does
 * not carry it.
 */

import type { Theme } from '../../shared/fan-slots';
import { THEMES } from '../../shared/fan-state';
import { useFan } from '../../shared/fan-store';
import { useFanChoice } from '../../shared/progress-controls';

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** System, light or dark, kept across visits. */
export function ThemeSwitch() {
  const [theme, choose] = useFanChoice(useFan((state) => state.theme));
  return (
    <fieldset className="theme-switch">
      <legend>Theme</legend>
      {THEMES.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="theme"
            value={option}
            checked={theme === option}
            onChange={() => choose(option, (actions) => actions.setTheme(option))}
          />
          {THEME_LABELS[option]}
        </label>
      ))}
    </fieldset>
  );
}
