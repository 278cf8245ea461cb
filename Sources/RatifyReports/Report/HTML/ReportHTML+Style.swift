extension ReportHTML {
    /// The page's only style sheet, inline. System fonts only (no web font is
    /// loaded); colours keep at least 4.5:1 contrast for text; tables fit the
    /// page on a screen (names, references, notes and headers wrap) and
    /// scroll sideways in their wrapper only when they cannot (a phone); print
    /// drops the scrolling and keeps the bar and the shading.
    static let stylesheet = """

        :root {
          --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa;
          --accent: #1d4ed8; --counted: #b45309;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0; background: #ffffff; color: var(--ink);
          font: 16px/1.5 var(--sans);
        }
        .page { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        .masthead { border-bottom: 4px solid var(--accent); padding-bottom: 1rem; margin-bottom: 1.5rem; }
        .eyebrow { margin: 0; font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
        h1 { margin: .25rem 0 .5rem; font-size: clamp(1.5rem, 4vw, 2.25rem); line-height: 1.2; }
        h2 { margin: 2.5rem 0 .75rem; padding-bottom: .25rem; font-size: 1.3rem; border-bottom: 1px solid var(--line); }
        .meta { margin: 0; color: var(--muted); }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
        small { color: var(--muted); font-size: .85em; }
        .badge { display: inline-block; margin: 0 0 .5rem; padding: .2rem .75rem; border-radius: 999px; font-size: .9rem; font-weight: 700; }
        .badge.in-force { background: #d1fae5; color: #065f46; }
        .badge.pending { background: #fef3c7; color: #7c2d12; }
        .badge.open { background: #e5e7eb; color: #374151; }
        .headline { margin: 0 0 1rem; font-size: 1.25rem; font-weight: 600; line-height: 1.35; }
        .progress { height: 1.25rem; margin: .5rem 0 .25rem; overflow: hidden; background: #e5e7eb; border-radius: .3rem; border: 1px solid #c9ced6; }
        .progress-fill { height: 100%; background: var(--counted); }
        .progress-label { margin: 0; color: var(--muted); }
        .progress-label strong { color: var(--ink); }
        .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; margin: 1.25rem 0 0; padding: 0; }
        .facts div { padding: .6rem .85rem; background: var(--panel); border: 1px solid var(--line); border-radius: .4rem; }
        .facts dt { color: var(--muted); font-size: .85rem; }
        .facts dd { margin: 0; font-size: 1.15rem; font-weight: 650; }
        .facts dd small { display: block; font-weight: 400; font-size: .8rem; }
        figure { margin: 0; }
        .chart-wrap svg { display: block; width: 100%; height: auto; font-family: inherit; }
        .chart-narrow { display: none; }
        figcaption { margin-top: .5rem; color: var(--muted); font-size: .9rem; }
        .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid var(--line); border-radius: .4rem; }
        .table-wrap:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        table { width: 100%; border-collapse: collapse; font-size: .92rem; }
        caption { caption-side: top; padding: .5rem .75rem; text-align: left; color: var(--muted); font-size: .85rem; }
        th, td { padding: .4rem .65rem; text-align: left; vertical-align: baseline; white-space: nowrap; border-top: 1px solid var(--line); }
        thead th { background: var(--panel); font-weight: 600; white-space: normal; }
        tbody th { font-weight: 500; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .wrap { white-space: normal; min-width: 12rem; overflow-wrap: anywhere; }
        .name { white-space: normal; min-width: 9rem; }
        table.dense { font-size: .875rem; }
        .ref { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .85em; white-space: normal; overflow-wrap: break-word; }
        tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--ink); }
        .muted { color: var(--muted); }
        .none { color: var(--muted); }
        .moved { margin: 0 0 .75rem; font-weight: 600; }
        tr.out-of-effect td { color: var(--muted); }
        table.groups .name { min-width: 6.5rem; }
        table.groups thead th.num { white-space: normal; }
        footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
        @media (max-width: 45rem) {
          .chart-wide { display: none; }
          .chart-narrow { display: block; }
        }
        @media (max-width: 40rem) {
          body { font-size: 15px; }
          th, td { padding: .4rem .5rem; }
          .page { padding: 1rem .75rem 2rem; }
          .facts { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .5rem; }
          .facts dd { font-size: 1.05rem; }
          .headline { font-size: 1.1rem; }
        }
        /* On a phone, a row of the changes or the latest actions becomes a
           block of "label value" lines, so that no column is out of sight;
           the header row stays for screen readers, out of view. */
        @media screen and (max-width: 40rem) {
          table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
          table.stack, table.stack caption, table.stack tbody, table.stack tr, table.stack td { display: block; }
          table.stack tr { padding: .45rem .6rem; border-top: 1px solid var(--line); }
          table.stack td { position: relative; padding: .1rem 0 .1rem 7.5rem; border: none; white-space: normal; overflow-wrap: anywhere; min-width: 0; }
          table.stack td::before { content: attr(data-label); position: absolute; left: 0; width: 7rem; color: var(--muted); overflow-wrap: normal; }
          /* The label is the page's text, not its cell's (a reference's monospace detaches Vietnamese diacritics). */
          table.stack td::before { font: 400 .75rem/1.5 var(--sans); letter-spacing: normal; white-space: normal; }
          table.stack td:empty { display: none; }
          table.groups th, table.groups td { padding: .4rem .35rem; }
        }
        @media print {
          @page { margin: 1.5cm; }
          body { font-size: 10pt; color: #000000; }
          .page { max-width: none; padding: 0; }
          .chart-wide { display: block; }
          .chart-narrow { display: none; }
          .table-wrap { overflow: visible; border: none; }
          table { font-size: 8.5pt; }
          th, td { padding: .25rem .4rem; }
          .group { white-space: normal; }
          .ref { overflow-wrap: anywhere; }
          h2, caption { break-after: avoid; page-break-after: avoid; }
          figure, tr, .facts div { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
