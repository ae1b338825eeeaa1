/**
 * Bundled line icons (inline SVG), so nothing depends on an icon font or the system's
 * emoji. Each is drawn on a 24-unit grid with a thick stroke that reads on a projector.
 */
const paths = {
  plus: 'M12 5v14M5 12h14',
  folder: 'M3 7h6l2 2h10v10H3z',
  star: 'M12 3l2.8 5.8 6.2.9-4.5 4.4 1 6.2L12 17.4 6.5 20.3l1-6.2L3 9.7l6.2-.9z',
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 010 12h-3',
  redo: 'M15 14l5-5-5-5M20 9H10a6 6 0 000 12h3',
  zoomIn: 'M11 4a7 7 0 100 14 7 7 0 000-14zM21 21l-5-5M11 8v6M8 11h6',
  zoomOut: 'M11 4a7 7 0 100 14 7 7 0 000-14zM21 21l-5-5M8 11h6',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  copy: 'M8 8h12v12H8zM4 16V4h12',
  compare: 'M8 4v16M16 4v16M4 8h4M16 16h4',
  pdf: 'M6 3h9l4 4v14H6zM14 3v5h5M9 13h6M9 17h6',
  back: 'M15 5l-7 7 7 7',
  expand: 'M4 9V4h5M20 15v5h-5M4 4l6 6M20 20l-6-6',
  shrink: 'M10 4v6H4M14 20v-6h6M4 10l6-6M20 14l-6 6',
  close: 'M6 6l12 12M18 6L6 18',
  // A screen on a stand: projection mode.
  project: 'M3 4h18v12H3zM12 16v4M8 20h8',
  // Three dots standing: the head's menu of more commands.
  more: 'M12 5h.01M12 12h.01M12 19h.01',
  edit: 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
  lock: 'M6 11h12v10H6zM8 11V8a4 4 0 018 0v3M12 15v2',
  eye: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM12 9a3 3 0 100 6 3 3 0 000-6z',
  warning: 'M12 3l10 18H2zM12 10v5M12 18h.01',
  // Exercise types, shown beside each "new …" button and in the session's list.
  venn: 'M9 6a6 6 0 100 12 6 6 0 000-12zM15 6a6 6 0 100 12 6 6 0 000-12z',
  pairs: 'M4 8h10M10 4l4 4-4 4M20 16H10M14 12l-4 4 4 4',
  grid: 'M4 4h16v16H4zM4 10h16M4 15h16M10 4v16M15 4v16',
  dots: 'M7 7h.01M12 7h.01M17 7h.01M7 12h.01M12 12h.01M7 17h.01',
  columns: 'M4 4h4v16H4zM10 4h4v10h-4zM16 4h4v13h-4z',
  tree: 'M12 3v7M12 10l-6 5M12 10l6 5M12 10v5M4 15h4v5H4zM10 15h4v5h-4zM16 15h4v5h-4z',
  quote: 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
  pin: 'M12 21s-7-6.5-7-12a7 7 0 0114 0c0 5.5-7 12-7 12zM12 7a2 2 0 100 4 2 2 0 000-4z',
  gantt: 'M4 4v16h16M7 7h6M10 11h7M8 15h9',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 24 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={paths[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth={2.4}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
