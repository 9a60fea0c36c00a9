// The browser tests run Debian's Chromium; stop at once, with the one line that installs it, when it's missing.
import { existsSync } from 'node:fs';

if (!existsSync('/usr/bin/chromium')) {
  console.error(
    'Chromium is missing. Install it with: sudo apt-get update && sudo apt-get install -y chromium',
  );
  process.exit(1);
}
