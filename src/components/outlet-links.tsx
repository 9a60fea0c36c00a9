/** The outlets a fact comes from, each linking to its page: "Attitude, PinkNews". */
export function OutletLinks({ sources }: { sources: { outlet: string; url: string }[] }) {
  return (
    <>
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 ? ', ' : ''}
          <a href={source.url} rel="noopener noreferrer">
            {source.outlet}
          </a>
        </span>
      ))}
    </>
  );
}
