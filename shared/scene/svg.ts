import { textBlockHeight, type Primitive, type Scene } from './primitives.js';

/** Renders a scene as a standalone vector SVG whose labels are real, selectable text. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const num = (n: number): string => (Math.round(n * 100) / 100).toString();

function dashAttr(dash: number[] | undefined): string {
  return dash && dash.length > 0 ? ` stroke-dasharray="${dash.map(num).join(' ')}"` : '';
}

function primitiveToSvg(p: Primitive): string {
  switch (p.kind) {
    case 'circle':
      return `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(p.r)}" fill="${p.fill}" fill-opacity="${num(p.fillOpacity)}" stroke="${p.stroke}" stroke-width="${num(p.strokeWidth)}"${dashAttr(p.dash)}/>`;
    case 'rect':
      return `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" rx="${num(p.cornerRadius ?? 0)}" fill="${p.fill}" stroke="${p.stroke}" stroke-width="${num(p.strokeWidth)}"${dashAttr(p.dash)}/>`;
    case 'icon':
      return `<path transform="translate(${num(p.x - p.size / 2)} ${num(p.y - p.size / 2)}) scale(${num(p.size / 24)})" d="${escapeXml(p.data)}" fill="${p.fill}"/>`;
    case 'image':
      return `<image href="${escapeXml(p.href)}" x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" preserveAspectRatio="none"/>`;
    case 'line':
      return `<${p.fill ? 'polygon' : 'polyline'} points="${p.points.map(num).join(' ')}" fill="${p.fill ?? 'none'}" stroke="${p.stroke}" stroke-width="${num(p.strokeWidth)}" stroke-linejoin="round" stroke-linecap="round"${dashAttr(p.dash)}/>`;
    case 'text': {
      const lineStep = p.fontSize * p.lineHeight;
      const backdrop = p.backdrop
        ? `<rect x="${num(p.x - p.backdrop.width / 2)}" y="${num(p.y)}" width="${num(p.backdrop.width)}" height="${num(textBlockHeight(p))}" rx="6" fill="${p.backdrop.fill}" fill-opacity="${num(p.backdrop.opacity)}"/>`
        : '';
      const tspans = p.lines
        .map(
          (line, i) =>
            `<tspan x="${num(p.x)}" y="${num(p.y + i * lineStep + (lineStep + p.fontSize * 0.7) / 2)}">${escapeXml(line)}</tspan>`,
        )
        .join('');
      return `${backdrop}<text text-anchor="middle" font-size="${num(p.fontSize)}" font-weight="${p.bold ? 700 : 400}" fill="${p.fill}">${tspans}</text>`;
    }
  }
}

/**
 * What a screen reader says for a picture: its name (also its `<title>`, a tooltip), and
 * the id of the element on the page that describes it in words, usually the table of the
 * same values.
 */
export interface SvgText {
  name: string;
  describedBy?: string;
}

export function sceneToSvg(scene: Scene, widthCss: string, text?: SvgText): string {
  const b = scene.bounds;
  const named = text
    ? ` aria-label="${escapeXml(text.name)}"${text.describedBy ? ` aria-describedby="${escapeXml(text.describedBy)}"` : ''}`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(b.x)} ${num(b.y)} ${num(b.width)} ${num(b.height)}" width="${widthCss}" font-family="Atkinson Hyperlegible, sans-serif" role="img"${named}>`,
    ...(text ? [`<title>${escapeXml(text.name)}</title>`] : []),
    ...scene.primitives.map(primitiveToSvg),
    '</svg>',
  ].join('');
}
