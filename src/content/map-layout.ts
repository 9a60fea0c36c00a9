/**
 * A deterministic layout for the relationship map, run at build time (the browser only draws the result).
 *
 * Nodes start on a circle in breadth-first order, so characters who are connected start next to each other;
 * a fixed number of force-directed steps (Fruchterman and Reingold: every pair repels, every edge pulls, a
 * cooling step size) then gathers families and friend groups; last, labels that would overlap are pushed
 * apart. Nothing is random and the step count is fixed, so the same data always gives the same picture.
 */

export type LayoutNode = {
  id: string /** Width of the label drawn under the node, in layout units. */;
  labelWidth: number;
};
export type LayoutEdge = {
  a: string;
  b: string /** How strongly the edge pulls (1 = normal). */;
  weight: number;
};
export type LayoutResult = {
  positions: Map<string, { x: number; y: number }>;
  width: number;
  height: number;
};

export const LAYOUT = {
  /** The frame the forces work in; wider than tall, to fit a landscape screen. */
  frameWidth: 960,
  frameHeight: 640,
  iterations: 600,
  nodeRadius: 9,
  /** Label text size and the gap between node and label. */
  fontSize: 16,
  labelGap: 5,
  /** Space kept between label boxes, and round the whole picture. */
  padding: 8,
  margin: 12,
} as const;

/** Node order for the starting circle: breadth-first from the best-connected node, neighbours in edge order. */
function circleOrder(nodes: LayoutNode[], edges: LayoutEdge[]): string[] {
  const neighbours = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const edge of edges) {
    neighbours.get(edge.a)?.push(edge.b);
    neighbours.get(edge.b)?.push(edge.a);
  }
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  // Best connected first, ties in the given order: every component is entered at its hub.
  const starts = [...nodes].map((node) => node.id).sort((a, b) => degree(b) - degree(a));
  const seen = new Set<string>();
  const order: string[] = [];
  for (const start of starts) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      order.push(id);
      for (const next of neighbours.get(id) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return order;
}

type Box = { x: number; y: number; halfWidth: number; top: number; bottom: number };

/** The node and its label below it, as a box around the node's centre. */
function boxOf(x: number, y: number, labelWidth: number): Box {
  const { nodeRadius, labelGap, fontSize } = LAYOUT;
  return {
    x,
    y,
    halfWidth: Math.max(nodeRadius, labelWidth / 2),
    top: nodeRadius,
    bottom: nodeRadius + labelGap + fontSize,
  };
}

export function layoutGraph(nodes: LayoutNode[], edges: LayoutEdge[]): LayoutResult {
  const { frameWidth: width, frameHeight: height, iterations } = LAYOUT;
  const ids = circleOrder(nodes, edges);
  const count = ids.length;
  const index = new Map(ids.map((id, position) => [id, position]));
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  ids.forEach((_, position) => {
    const angle = (2 * Math.PI * position) / Math.max(count, 1);
    xs[position] = Math.cos(angle) * width * 0.4;
    ys[position] = Math.sin(angle) * height * 0.4;
  });

  const links = edges.flatMap((edge) => {
    const a = index.get(edge.a);
    const b = index.get(edge.b);
    return a === undefined || b === undefined || a === b ? [] : [{ a, b, weight: edge.weight }];
  });
  const k = 0.75 * Math.sqrt((width * height) / Math.max(count, 1));
  const gravity = 0.06;
  const dx = new Float64Array(count);
  const dy = new Float64Array(count);

  for (let step = 0; step < iterations; step += 1) {
    const temperature = (width / 8) * (1 - step / iterations) + 0.5;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < count; i += 1) {
      for (let j = i + 1; j < count; j += 1) {
        let ox = (xs[i] as number) - (xs[j] as number);
        let oy = (ys[i] as number) - (ys[j] as number);
        // Two nodes on one spot: part them along a fixed direction that depends only on their positions.
        if (ox === 0 && oy === 0) {
          ox = 0.01 * (j - i);
          oy = 0.01;
        }
        const distance = Math.hypot(ox, oy);
        const force = (k * k) / distance;
        const fx = (ox / distance) * force;
        const fy = (oy / distance) * force;
        dx[i] = (dx[i] as number) + fx;
        dy[i] = (dy[i] as number) + fy;
        dx[j] = (dx[j] as number) - fx;
        dy[j] = (dy[j] as number) - fy;
      }
    }
    for (const { a, b, weight } of links) {
      const ox = (xs[a] as number) - (xs[b] as number);
      const oy = (ys[a] as number) - (ys[b] as number);
      const distance = Math.max(Math.hypot(ox, oy), 0.01);
      const force = ((distance * distance) / k) * weight;
      const fx = (ox / distance) * force;
      const fy = (oy / distance) * force;
      dx[a] = (dx[a] as number) - fx;
      dy[a] = (dy[a] as number) - fy;
      dx[b] = (dx[b] as number) + fx;
      dy[b] = (dy[b] as number) + fy;
    }
    for (let i = 0; i < count; i += 1) {
      // Pull towards the centre, harder vertically, so the picture keeps the frame's landscape shape.
      dx[i] = (dx[i] as number) - (xs[i] as number) * gravity * k * 0.05;
      dy[i] = (dy[i] as number) - (ys[i] as number) * gravity * k * 0.05 * (width / height);
      const length = Math.hypot(dx[i] as number, dy[i] as number);
      if (length === 0) continue;
      const move = Math.min(length, temperature);
      xs[i] = clamp((xs[i] as number) + ((dx[i] as number) / length) * move, width / 2);
      ys[i] = clamp((ys[i] as number) + ((dy[i] as number) / length) * move, height / 2);
    }
  }

  const widths = ids.map((id) => nodes.find((node) => node.id === id)?.labelWidth ?? 0);
  for (let round = 0; round < 3; round += 1) {
    clearEdges(xs, ys, links);
    separateLabels(xs, ys, widths);
  }

  // Fit the picture: the tightest box round every node and label, plus a margin.
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i += 1) {
    const box = boxOf(xs[i] as number, ys[i] as number, widths[i] as number);
    minX = Math.min(minX, box.x - box.halfWidth);
    maxX = Math.max(maxX, box.x + box.halfWidth);
    minY = Math.min(minY, box.y - box.top);
    maxY = Math.max(maxY, box.y + box.bottom);
  }
  const { margin } = LAYOUT;
  const positions = new Map<string, { x: number; y: number }>();
  ids.forEach((id, i) => {
    positions.set(id, {
      x: Math.round((xs[i] as number) - minX + margin),
      y: Math.round((ys[i] as number) - minY + margin),
    });
  });
  return count === 0
    ? { positions, width: 0, height: 0 }
    : {
        positions,
        width: Math.ceil(maxX - minX + 2 * margin),
        height: Math.ceil(maxY - minY + 2 * margin),
      };
}

function clamp(value: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, value));
}

/**
 * Moves every node that sits on (or almost on) an edge between two other nodes off to one side of it, so no
 * line seems to pass through a character it does not connect.
 */
function clearEdges(xs: Float64Array, ys: Float64Array, links: { a: number; b: number }[]): void {
  const clearance = LAYOUT.nodeRadius * 2.5;
  for (let sweep = 0; sweep < 20; sweep += 1) {
    let moved = false;
    for (let i = 0; i < xs.length; i += 1) {
      for (const { a, b } of links) {
        if (a === i || b === i) continue;
        const ax = xs[a] as number;
        const ay = ys[a] as number;
        const ex = (xs[b] as number) - ax;
        const ey = (ys[b] as number) - ay;
        const lengthSquared = ex * ex + ey * ey;
        if (lengthSquared === 0) continue;
        const t = (((xs[i] as number) - ax) * ex + ((ys[i] as number) - ay) * ey) / lengthSquared;
        if (t <= 0 || t >= 1) continue;
        const px = ax + t * ex;
        const py = ay + t * ey;
        let nx = (xs[i] as number) - px;
        let ny = (ys[i] as number) - py;
        const distance = Math.hypot(nx, ny);
        if (distance >= clearance) continue;
        // Exactly on the line: step off along the line's normal.
        if (distance === 0) {
          nx = -ey;
          ny = ex;
        }
        const norm = Math.hypot(nx, ny);
        xs[i] = (xs[i] as number) + (nx / norm) * (clearance - distance);
        ys[i] = (ys[i] as number) + (ny / norm) * (clearance - distance);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Pushes apart every two node-and-label boxes that overlap, along the axis that needs the smaller move. */
function separateLabels(xs: Float64Array, ys: Float64Array, widths: number[]): void {
  const { padding } = LAYOUT;
  for (let sweep = 0; sweep < 200; sweep += 1) {
    let moved = false;
    for (let i = 0; i < xs.length; i += 1) {
      for (let j = i + 1; j < xs.length; j += 1) {
        const a = boxOf(xs[i] as number, ys[i] as number, widths[i] as number);
        const b = boxOf(xs[j] as number, ys[j] as number, widths[j] as number);
        const overlapX = a.halfWidth + b.halfWidth + padding - Math.abs(a.x - b.x);
        // Vertical overlap: whichever is higher, its bottom against the other's top.
        const [upper, lower] = a.y <= b.y ? [a, b] : [b, a];
        const overlapY = upper.bottom + lower.top + padding - (lower.y - upper.y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        if (overlapX < overlapY) {
          const direction = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
          xs[i] = (xs[i] as number) + (direction * overlapX) / 2;
          xs[j] = (xs[j] as number) - (direction * overlapX) / 2;
        } else {
          const direction = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
          ys[i] = (ys[i] as number) + (direction * overlapY) / 2;
          ys[j] = (ys[j] as number) - (direction * overlapY) / 2;
        }
      }
    }
    if (!moved) return;
  }
}

/** About how wide a label is in the map's font (a system sans-serif, semibold): wide enough to be safe. */
export function estimateLabelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[mwMW]/.test(char) ? 0.85 : /[il.'’]/.test(char) ? 0.3 : 0.6;
  return Math.ceil(width * LAYOUT.fontSize);
}
