extension WorldMap {
    /// The map's styles, to be added to the page's style sheet. The states
    /// go from light to dark blue as a participant moves on (signed, bound,
    /// in force): one hue, ordered by lightness, so the order reads for every
    /// kind of colour vision and in greyscale print; "no action" is a light
    /// grey, "denounced" an orange hatching. The borders and the dots' rings
    /// keep their width in pixels however the map is scaled; on a phone the
    /// map keeps 45rem of width and scrolls sideways, and the dots are drawn
    /// larger, so that a small State can still be seen (a printed A4 page is
    /// as narrow as a phone in CSS pixels, hence the print rule).
    static let stylesheet = """

        .world-map-svg { display: block; width: 100%; height: auto; }
        .world-map-svg path, .world-map-svg circle {
          fill: #e5e7eb; stroke: #ffffff; stroke-width: .6px; stroke-linejoin: round; vector-effect: non-scaling-stroke;
        }
        .world-map-svg circle { stroke: #1f2937; stroke-width: .8px; }
        .world-map-svg path:hover, .world-map-svg circle:hover { stroke: #111827; stroke-width: 1.5px; }
        .world-map .none { fill: #e5e7eb; }
        .world-map .signed { fill: #93c5fd; }
        .world-map .bound { fill: #2563eb; }
        .world-map .in-force { fill: #1e3a8a; }
        .world-map .denounced { fill: url(#world-map-hatch); }
        .world-map-swatch { flex: none; width: 1.25rem; height: .95rem; }
        .world-map-swatch rect { stroke: #6b7280; stroke-width: 1; }
        .world-map-legend, .world-map-off ul { display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; margin: .75rem 0 0; padding: 0; list-style: none; font-size: .9rem; }
        .world-map-legend li, .world-map-off li { display: flex; align-items: center; gap: .4rem; }
        .world-map-count { color: var(--muted, #57606a); font-variant-numeric: tabular-nums; }
        .world-map-off { margin-top: .5rem; }
        .world-map-off p { margin: .5rem 0 0; font-size: .9rem; }
        .world-map-off ul { margin-top: .25rem; }
        .world-map-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
        .world-map-scroll:focus-visible { outline: 3px solid var(--accent, #1d4ed8); outline-offset: 2px; }
        @media (max-width: 45rem) {
          .world-map-svg { min-width: 45rem; }
          .world-map-svg circle { r: 5px; }
        }
        @media print {
          .world-map { break-inside: avoid; page-break-inside: avoid; }
          .world-map-scroll { overflow: visible; }
          .world-map-svg { min-width: 0; }
          .world-map-svg circle { r: 4px; }
        }

        """
}
