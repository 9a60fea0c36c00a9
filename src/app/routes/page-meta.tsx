/** The document title and description; React 19 hoists these into <head>. */
export function PageMeta({ meta }: { meta: { title: string; description: string } }) {
  return (
    <>
      <title>{meta.title}</title>
      <meta name="description" content={meta.description} />
    </>
  );
}
