/**
 * The theme switch, in the footer of every page and on My wiki. It renders from the store; the code that
 * changes and saves the theme is fetched on first use (see `withFanActions`), so My wiki's first load does
 * not carry it.
 */

import { useState } from 'react';
import { withFanActions } from '../../shared/fan-controls';
import type { Theme } from '../../shared/fan-slots';
import { THEMES } from '../../shared/fan-state';
import { useFan } from '../../shared/fan-store';

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** System, light or dark, kept across visits. */
export function ThemeSwitch() {
  const saved = useFan((state) => state.theme);
  // The fan's choice shows at once, even while the code that applies and saves it is still arriving.
  const [chosen, setChosen] = useState<Theme>();
  const theme = chosen ?? saved;
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
            onChange={() => {
              setChosen(option);
              withFanActions((actions) => {
                actions.setTheme(option);
                setChosen(undefined);
              });
            }}
          />
          {THEME_LABELS[option]}
        </label>
      ))}
    </fieldset>
  );
}
