/**
 * The dataset's shapes: the one source of truth for every entity type in the wiki.
 *
 * This module is imported only at build and test time (validator, page-data builder, tests). The browser
 * bundle imports types from here with `import type`, which the compiler erases, so zod never ships.
 */
import { z } from 'zod';

/** Lower-case ASCII kebab-case: what every id and URL slug looks like. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const EPISODE_CODE_PATTERN = /^s([1-9][0-9]*)e([1-9][0-9]*)$/;
/** A calendar date, or a month or year where the sources give no finer date. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const MAX_NAME_LENGTH = 120;
export const MAX_TEXT_LENGTH = 2000;

/** True when a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string names a day or month that exists. */
export function isRealPartialDate(value: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || year < 1900 || year > 2100) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

const text = (max = MAX_TEXT_LENGTH) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value === value.normalize('NFC'), 'must be Unicode NFC-normalised');

const name = () => text(MAX_NAME_LENGTH);

export const slugSchema = z
  .string()
  .max(80, 'must be at most 80 characters')
  .regex(SLUG_PATTERN, 'must be lower-case ASCII kebab-case (a-z, 0-9 and single hyphens)');

export const episodeCodeSchema = z
  .string()
  .regex(EPISODE_CODE_PATTERN, 'must be an episode code such as "s1e4" (lower case)');

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
  .refine(isRealPartialDate, 'is not a real calendar date');

export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be an ISO date YYYY-MM-DD, or YYYY-MM / YYYY when only that is known')
  .refine(isRealPartialDate, 'is not a real calendar date');

export const httpUrlSchema = z
  .string()
  .max(MAX_TEXT_LENGTH)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

/** Source ids cited by an entry; every fact-bearing entry cites at least one. */
const sourceIds = z.array(slugSchema).min(1, 'must cite at least one source');

/**
 * A fact we record but could not confirm from an archived source. The site shows the note next to the
 * field, so nothing unconfirmed is presented as settled.
 */
export const unverifiedNoteSchema = z.strictObject({
  field: name(),
  note: text(),
});

const unverified = z.array(unverifiedNoteSchema).optional();

/** Old or alternate slugs that must keep working as addresses (never reused for another entry). */
const slugAliases = z.array(slugSchema).optional();

/**
 * What a content note can warn about. `slurs` and `unwanted-advances` cover events the fact sheet describes
 * in those terms ("a slur", "an unwanted moment") without saying more, so no broader topic is claimed.
 */
export const CONTENT_NOTE_TOPICS = [
  'bullying',
  'homophobia',
  'biphobia',
  'slurs',
  'outing',
  'violence',
  'unwanted-advances',
  'eating-disorder',
  'self-harm',
  'mental-health',
  'parental-rejection',
] as const;

export type ContentNoteTopic = (typeof CONTENT_NOTE_TOPICS)[number];

/**
 * A heads-up about difficult material in an episode or scene: the topic, and in a sentence or two of our
 * own words what happens, so a viewer can decide whether and how to watch. Each topic appears once per
 * entry (the validator checks), with every source for it.
 */
export const contentNoteSchema = z.strictObject({
  topic: z.enum(CONTENT_NOTE_TOPICS),
  note: text(300),
  sources: sourceIds,
});

const contentNotes = z
  .array(contentNoteSchema)
  .min(1, 'must hold at least one note; leave the field out when there is none')
  .optional();

export const sourceSchema = z.strictObject({
  id: slugSchema,
  outlet: name(),
  title: text(300),
  author: name().optional(),
  url: httpUrlSchema,
  published: partialDateSchema.optional(),
  event: z
    .strictObject({
      name: name(),
      date: isoDateSchema,
    })
    .optional(),
  /** e.g. "Mirror of a BBC News report": how much weight the source can bear. */
  note: text().optional(),
});

export const PERSON_ROLES = [
  'creator',
  'writer',
  'director',
  'showrunner',
  'executive-producer',
  'producer',
  'author',
  'composer',
  'music-supervisor',
  'editor',
  'cinematographer',
  'casting-director',
  'intimacy-coordinator',
  'second-unit-director',
] as const;

/** A job on the show: which seasons (and whether the film) a person did it for, as the sources say. */
export const creditSchema = z
  .strictObject({
    role: z.enum(PERSON_ROLES),
    seasons: z.array(z.number().int().min(1)).optional(),
    film: z.literal(true).optional(),
    sources: z.array(slugSchema).min(1, 'must cite at least one source'),
  })
  .refine((credit) => credit.seasons !== undefined || credit.film !== undefined, {
    message: 'must name the seasons or the film the credit is for',
  });

export const personSchema = z.strictObject({
  id: slugSchema,
  name: name(),
  pronouns: name().optional(),
  roles: z.array(z.enum(PERSON_ROLES)).min(1, 'must list at least one role'),
  /** Roles season by season (and on the film), where the sources tie a role to a season. */
  credits: z.array(creditSchema).optional(),
  bio: text(),
  aliases: slugAliases,
  sources: sourceIds,
  unverified,
});

export const actorSchema = z.strictObject({
  id: slugSchema,
  name: name(),
  pronouns: name().optional(),
  /** Notable facts about the actor, in our own words. */
  bio: text(),
  aliases: slugAliases,
  sources: sourceIds,
  unverified,
});

/** Who joined the cast for a season, and who left it. */
export const castChangeSchema = z.strictObject({
  change: z.enum(['joined', 'left']),
  actor: slugSchema.optional(),
  /** The actor's name, when they have no page of their own. */
  name: name().optional(),
  character: slugSchema.optional(),
  note: text(300).optional(),
  sources: sourceIds,
});

export const seasonSchema = z.strictObject({
  id: z.string().regex(/^s[1-9][0-9]*$/, 'must be a season id such as "s1"'),
  number: z.number().int().min(1),
  released: isoDateSchema,
  directors: z.array(slugSchema).min(1, 'must name at least one director'),
  summary: text(),
  castChanges: z.array(castChangeSchema).optional(),
  sources: sourceIds,
  unverified,
});

export const episodeSchema = z.strictObject({
  id: episodeCodeSchema,
  season: z.number().int().min(1),
  number: z.number().int().min(1),
  /** Position across the whole series (s2e1 is 9). */
  overall: z.number().int().min(1),
  title: name(),
  released: isoDateSchema,
  runtimeMinutes: z.number().int().min(1).max(240).optional(),
  directors: z.array(slugSchema).min(1, 'must name at least one director'),
  writers: z.array(slugSchema).min(1, 'must name at least one writer'),
  synopsis: text(),
  contentNotes,
  sources: sourceIds,
  unverified,
});

export const RELATIONSHIP_KINDS = [
  'partner',
  'ex-partner',
  'sibling',
  'parent',
  'child',
  'aunt-or-uncle',
  'niece-or-nephew',
  'friend',
  'former-friend',
  'teacher',
  'student',
  'teammate',
  'love-interest',
] as const;

export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** The kind the other character must record back; the validator checks both sides agree. */
export const INVERSE_RELATIONSHIP: Record<RelationshipKind, RelationshipKind> = {
  partner: 'partner',
  'ex-partner': 'ex-partner',
  sibling: 'sibling',
  parent: 'child',
  child: 'parent',
  'aunt-or-uncle': 'niece-or-nephew',
  'niece-or-nephew': 'aunt-or-uncle',
  friend: 'friend',
  'former-friend': 'former-friend',
  teacher: 'student',
  student: 'teacher',
  teammate: 'teammate',
  'love-interest': 'love-interest',
};

export const relationshipSchema = z.strictObject({
  /** What this character is to the other: on Charlie's file, `child` with Jane means Charlie is Jane's child. */
  kind: z.enum(RELATIONSHIP_KINDS),
  with: slugSchema,
  /** The episode from which the relationship holds, for spoiler-aware display. */
  since: episodeCodeSchema,
  /** The episode in which it ends, when it does. */
  until: episodeCodeSchema.optional(),
  note: text(300).optional(),
});

export const SCHOOLS = ['truham', 'higgs', 'lambert'] as const;

export const characterSchema = z.strictObject({
  id: slugSchema,
  name: name(),
  /** Other names: full names, titles, nicknames. Searchable. */
  aliases: z.array(name()),
  nicknames: z.array(name()),
  /** Actor ids; empty only for characters played by an animal or never credited. */
  actors: z.array(slugSchema),
  school: z.enum(SCHOOLS).optional(),
  /** School year, job or family role, in a few words. */
  role: text(200),
  description: text(),
  relationships: z.array(relationshipSchema),
  firstAppearance: episodeCodeSchema,
  /**
   * The latest episode whose events `description` gives away, for spoiler-aware display. Absent when the
   * description reveals nothing beyond `firstAppearance`; never earlier than it (the validator checks).
   */
  descriptionReveals: episodeCodeSchema.optional(),
  slugAliases,
  sources: sourceIds,
  unverified,
});

export const sceneSchema = z.strictObject({
  id: slugSchema,
  episode: episodeCodeSchema,
  /** Position among the episode's scenes in this dataset (1 = earliest). Unique within an episode. */
  order: z.number().int().min(1),
  title: name(),
  /** Where in the episode, as the sources put it ("Cold open", "Final scene"). */
  placement: name().optional(),
  setting: text(300),
  characters: z.array(slugSchema).min(1, 'must list at least one character'),
  description: text(),
  contentNotes,
  aliases: slugAliases,
  sources: sourceIds,
  unverified,
});

export const SUBJECT_KINDS = ['show', 'season', 'episode', 'scene', 'character', 'actor', 'person'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const subjectSchema = z
  .strictObject({
    kind: z.enum(SUBJECT_KINDS),
    /** Absent only for the show as a whole. */
    id: z.string().optional(),
    /** How sure the link is; "unconfirmed" links are shown with their note. */
    certainty: z.enum(['confirmed', 'unconfirmed']).default('confirmed'),
    note: text(300).optional(),
  })
  .superRefine((subject, ctx) => {
    if (subject.kind === 'show' && subject.id !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'a "show" subject takes no id' });
    }
    if (subject.kind !== 'show' && subject.id === undefined) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `a "${subject.kind}" subject needs an id` });
    }
    if (subject.certainty === 'unconfirmed' && subject.note === undefined) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'an unconfirmed link must say why in a note' });
    }
  });

export const commentarySchema = z.strictObject({
  id: slugSchema,
  speaker: z.strictObject({
    kind: z.enum(['person', 'actor']),
    id: slugSchema,
  }),
  /**
   * The speaker's exact words as the source prints them, one passage per item (a source often quotes a
   * statement in pieces). Absent when the source only paraphrases.
   */
  quote: z.array(text()).min(1, 'must hold at least one passage').optional(),
  /** What was said, in our own words. */
  summary: text(),
  /** When it was said (or first reported). */
  date: partialDateSchema,
  about: z.array(subjectSchema).min(1, 'must say what it is about'),
  /** A short label for lists, e.g. "Favourite scene". */
  topic: name(),
  aliases: slugAliases,
  sources: sourceIds,
  unverified,
});

/** A song heard in an episode (the score has its own entry per album, with its composer). */
export const songSchema = z.strictObject({
  id: slugSchema,
  title: name(),
  artists: z.array(name()).min(1, 'must name at least one artist'),
  season: z.number().int().min(1),
  /** Absent when the sources tie the song to its season but to no episode. */
  episode: episodeCodeSchema.optional(),
  /** The scene it plays under, when a source says so. */
  scene: slugSchema.optional(),
  /** Where in the episode it plays, in our own words. */
  placement: text(300).optional(),
  sources: sourceIds,
  unverified,
});

export const PLACE_KINDS = ['setting', 'filming'] as const;

/** A place in the story (`setting`), or a real place where scenes were shot (`filming`). */
export const placeSchema = z.strictObject({
  id: slugSchema,
  name: name(),
  kind: z.enum(PLACE_KINDS),
  description: text(),
  /** Town, region or country, for a real place. */
  location: name().optional(),
  /** For a filming place: the story's places it was used as. */
  standsInFor: z.array(slugSchema).optional(),
  episodes: z.array(episodeCodeSchema),
  scenes: z.array(slugSchema).optional(),
  sources: sourceIds,
  unverified,
});

export const BOOK_KINDS = ['graphic-novel', 'novella', 'novel'] as const;

/** What part of a book a run of episodes adapts. */
export const adaptationSchema = z.strictObject({
  episodes: z.array(episodeCodeSchema).min(1, 'must name at least one episode'),
  /** Chapters or parts, as the sources name them. */
  chapters: name().optional(),
  note: text(300).optional(),
  sources: sourceIds,
});

/** Where the show departs from the book, in our own words. */
export const bookChangeSchema = z.strictObject({
  episode: episodeCodeSchema,
  note: text(400),
  sources: sourceIds,
});

export const bookSchema = z.strictObject({
  id: slugSchema,
  title: name(),
  kind: z.enum(BOOK_KINDS),
  /** The volume number, for the Heartstopper graphic novels. */
  volume: z.number().int().min(1).optional(),
  published: partialDateSchema.optional(),
  description: text(),
  adaptations: z.array(adaptationSchema).optional(),
  changes: z.array(bookChangeSchema).optional(),
  sources: sourceIds,
  unverified,
});

/** One nomination: a ceremony's category, who or what was nominated, and whether it won. */
export const awardSchema = z.strictObject({
  id: slugSchema,
  ceremony: name(),
  year: z.number().int().min(2000).max(2100),
  date: isoDateSchema.optional(),
  category: name(),
  nominee: z.strictObject({
    kind: z.enum(['show', 'season', 'episode', 'person', 'actor']),
    /** The entry nominated; absent for the show as a whole. */
    id: z.string().optional(),
    /** Who was named, when they have no page of their own (a casting team). */
    name: name().optional(),
  }),
  result: z.enum(['won', 'nominated']),
  /** The season the nomination honours, for spoiler-aware display. */
  season: z.number().int().min(1).optional(),
  sources: sourceIds,
  unverified,
});

/** The film that closes the story. Its status names the date of the source it comes from. */
export const filmSchema = z.strictObject({
  id: slugSchema,
  title: name(),
  summary: text(),
  directors: z.array(slugSchema).min(1, 'must name at least one director'),
  writers: z.array(slugSchema).optional(),
  adapts: z.array(slugSchema).optional(),
  announced: partialDateSchema.optional(),
  filmingStarted: partialDateSchema.optional(),
  filmingEnded: partialDateSchema.optional(),
  status: z.strictObject({
    text: text(300),
    asOf: partialDateSchema,
    sources: sourceIds,
  }),
  sources: sourceIds,
  unverified,
});

export type Source = z.infer<typeof sourceSchema>;
export type Person = z.infer<typeof personSchema>;
export type PersonRole = (typeof PERSON_ROLES)[number];
export type Actor = z.infer<typeof actorSchema>;
export type Season = z.infer<typeof seasonSchema>;
export type Episode = z.infer<typeof episodeSchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
export type Character = z.infer<typeof characterSchema>;
export type Scene = z.infer<typeof sceneSchema>;
export type Subject = z.infer<typeof subjectSchema>;
export type Commentary = z.infer<typeof commentarySchema>;
export type UnverifiedNote = z.infer<typeof unverifiedNoteSchema>;
export type ContentNote = z.infer<typeof contentNoteSchema>;
export type School = (typeof SCHOOLS)[number];
export type Song = z.infer<typeof songSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Book = z.infer<typeof bookSchema>;
export type Award = z.infer<typeof awardSchema>;
export type Film = z.infer<typeof filmSchema>;
export type Credit = z.infer<typeof creditSchema>;
export type CastChange = z.infer<typeof castChangeSchema>;

/** Each collection: its folder under data/ (one JSON file per entry, named `<id>.json`) and its schema. */
export const COLLECTIONS = {
  sources: sourceSchema,
  people: personSchema,
  actors: actorSchema,
  seasons: seasonSchema,
  episodes: episodeSchema,
  characters: characterSchema,
  scenes: sceneSchema,
  commentary: commentarySchema,
  songs: songSchema,
  places: placeSchema,
  books: bookSchema,
  awards: awardSchema,
  films: filmSchema,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The whole dataset: every collection's entries, typed by its schema. */
export type Dataset = { [K in CollectionName]: z.infer<(typeof COLLECTIONS)[K]>[] };
