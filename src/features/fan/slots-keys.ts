/** Where each part of the fan's state lives in localStorage (also read by scripts/boot-script.ts). */
export const STORAGE_KEYS = {
  progress: 'heartstopper-wiki:progress',
  favourites: 'heartstopper-wiki:favourites',
  theme: 'heartstopper-wiki:theme',
} as const;
