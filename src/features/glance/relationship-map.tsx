import { useId, useState } from 'react';
import type {
  MapNode,
  MapRelationship,
  RelationshipGroup,
  RelationshipsPageData,
} from '../../content/pages/glance';
import type { SpoilerMark } from '../../content/view-model';
import { Link } from '../../lib/link';
import { useShield } from '../../shared/spoiler';
import { ScrollRegion } from './scroll-region';
import { plural, progressPhrase, ShieldNotice } from './shield-notice';
import './glance.css';

/**
 * The relationship map and, beside it, the same relationships as a list. Positions were worked out at
 * build time (src/content/map-layout.ts), so this only draws: one line per pair of characters, styled by
 * group (colour and dash pattern both, so colour is never the only cue), and one link per character.
 *
 * The spoiler shield hides characters who first appear after the fan's progress and relationships that
 * begin (or involve someone who appears) after it: they are neither drawn nor listed, and one notice
 * counts them and can show them.
 */
export function RelationshipMap({ data }: { data: RelationshipsPageData }) {
  const shield = useShield();
  const [revealed, setRevealed] = useState(false);
  const hides = (mark: SpoilerMark | undefined) => !revealed && shield.hides(mark);
  const listId = 'relationship-list';
  const titleId = useId();

  const nodesById = new Map(data.nodes.map((node) => [node.id, node]));
  const nodes = data.nodes.filter((node) => !hides(node.revealedIn));
  const shown = data.relationships.filter((relationship) => !hides(relationship.revealedIn));
  // One line per pair: the list is in group order, so a pair's strongest tie is the one drawn.
  const edges = new Map<string, MapRelationship>();
  for (const relationship of shown) {
    if (!edges.has(relationship.pair)) edges.set(relationship.pair, relationship);
  }
  const hiddenNodes = data.nodes.length - nodes.length;
  const hiddenRelationships = data.relationships.length - shown.length;
  const shielding = shield.active && (hiddenNodes > 0 || hiddenRelationships > 0 || revealed);

  return (
    <>
      {shielding ? (
        <ShieldNotice revealed={revealed} onToggle={() => setRevealed((value) => !value)}>
          {`${plural(hiddenNodes, 'character')} and ${plural(hiddenRelationships, 'relationship')} hidden by your spoiler shield: ${progressPhrase(shield.through)}.`}
        </ShieldNotice>
      ) : null}
      <ul className="glance-legend" aria-label="Key to the lines">
        {data.groups.map((group) => (
          <li key={group.id}>
            <LineSample group={group.id} />
            <span>
              <strong>{group.label}</strong> <span className="muted">({group.kinds})</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">
        Select a name to open that character’s page. On a narrow screen the map scrolls sideways, and every
        relationship is also listed below it.
      </p>
      {nodes.length > 0 ? (
        <ScrollRegion label="Relationship map" className="glance-scroll--map">
          <svg
            className="relationship-map"
            viewBox={`0 0 ${data.width} ${data.height}`}
            width={data.width}
            height={data.height}
            aria-labelledby={titleId}
          >
            <title id={titleId}>
              {`Relationship map: ${plural(nodes.length, 'character')} joined by ${plural(edges.size, 'line')}, one per pair. Each name links to the character’s page.`}
            </title>
            <g>
              {[...edges.values()].map((edge) => (
                <Edge key={edge.pair} edge={edge} nodesById={nodesById} />
              ))}
            </g>
            <g>
              {nodes.map((node) => (
                <Node key={node.id} node={node} radius={data.nodeRadius} fontSize={data.fontSize} />
              ))}
            </g>
          </svg>
        </ScrollRegion>
      ) : null}
      <section aria-labelledby={listId}>
        <h2 id={listId} tabIndex={-1}>
          Every relationship
        </h2>
        {shown.length === 0 ? <p className="muted">None to show.</p> : null}
        {data.groups.map((group) => {
          const items = shown.filter((relationship) => relationship.group === group.id);
          if (items.length === 0) return null;
          const headingId = `${listId}-${group.id}`;
          return (
            <section key={group.id} aria-labelledby={headingId}>
              <h3 id={headingId}>
                {group.label} ({items.length})
              </h3>
              <ul className="relationship-list">
                {items.map((relationship) => (
                  <RelationshipItem
                    key={`${relationship.pair}:${relationship.label}`}
                    relationship={relationship}
                    nodesById={nodesById}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </section>
    </>
  );
}

function Edge({ edge, nodesById }: { edge: MapRelationship; nodesById: Map<string, MapNode> }) {
  const from = nodesById.get(edge.from);
  const to = nodesById.get(edge.to);
  if (!from || !to) return null;
  return (
    <line
      className={`relationship-map__edge glance-line--${edge.group}`}
      data-pair={edge.pair}
      x1={from.x}
      y1={from.y}
      x2={to.x}
      y2={to.y}
    />
  );
}

/**
 * A character on the map: a link (react-router's, rendered as an SVG <a>, so a click navigates in the app)
 * named in full for screen readers, with the short name drawn under the dot.
 */
function Node({ node, radius, fontSize }: { node: MapNode; radius: number; fontSize: number }) {
  return (
    <Link to={node.href} className="relationship-map__node" aria-label={node.label}>
      <circle className="relationship-map__ring" cx={node.x} cy={node.y} r={radius + 5} />
      <circle className="relationship-map__dot" cx={node.x} cy={node.y} r={radius} />
      <text
        className="relationship-map__label"
        x={node.x}
        y={node.y + radius + 4 + fontSize * 0.8}
        fontSize={fontSize}
        textAnchor="middle"
      >
        {node.short}
      </text>
    </Link>
  );
}

function RelationshipItem({
  relationship,
  nodesById,
}: {
  relationship: MapRelationship;
  nodesById: Map<string, MapNode>;
}) {
  const from = nodesById.get(relationship.from);
  const to = nodesById.get(relationship.to);
  if (!from || !to) return null;
  return (
    <li>
      <Link to={from.href}>{from.label}</Link> —{' '}
      <span className="relationship-kind-label">{relationship.label}</span> —{' '}
      <Link to={to.href}>{to.label}</Link>{' '}
      <span className="muted">
        (since {relationship.since.code.toUpperCase()}
        {relationship.until ? `, until ${relationship.until.code.toUpperCase()}` : ''})
      </span>
      {relationship.note ? <span className="muted"> {relationship.note}</span> : null}
    </li>
  );
}

/** A short stretch of a group's line, for the key. */
function LineSample({ group }: { group: RelationshipGroup }) {
  return (
    <svg
      className="glance-swatch"
      width="44"
      height="12"
      viewBox="0 0 44 12"
      aria-hidden="true"
      focusable="false"
    >
      <line className={`relationship-map__edge glance-line--${group}`} x1="3" y1="6" x2="41" y2="6" />
    </svg>
  );
}
