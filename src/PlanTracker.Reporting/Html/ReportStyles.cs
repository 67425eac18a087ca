namespace PlanTracker.Reporting.Html;

/// <summary>The report's only stylesheet, inlined: the page must open offline and make no request.</summary>
internal static class ReportStyles
{
    public const string Css =
        """
        :root { --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --panel: #f5f5f2; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1080px; padding: 24px; line-height: 1.45; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
        .subtitle { color: var(--muted); margin: 0 0 1rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
        .card { border: 1px solid var(--rule); border-radius: 6px; padding: 16px; background: var(--panel); }
        .card h2 { margin-top: 0; }
        .figure { font-size: 2rem; font-weight: bold; margin: 0; }
        .figure .of { font-size: 1.1rem; font-weight: normal; color: var(--muted); }
        .status { display: inline-block; font-weight: bold; border: 2px solid currentColor; border-radius: 4px; padding: 2px 8px; margin: .5rem 0; }
        .status-on-track { color: #00603f; }
        .status-watch { color: #7a5200; border-style: dashed; }
        .status-behind { color: #a33a00; border-style: double; border-width: 3px; }
        dl { display: grid; grid-template-columns: auto auto; gap: 2px 16px; margin: .5rem 0; }
        dt { color: var(--muted); }
        dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
        .sentence { margin: .75rem 0 0; font-style: italic; }
        .note { border-left: 4px solid var(--rule); padding: 0 0 0 12px; margin: .75rem 0; }
        .note h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
        .note-text { white-space: pre-line; }
        .note-meta { color: var(--muted); font-size: .9rem; }
        .tension { font-weight: bold; }
        figure { margin: 0; }
        figure svg { display: block; height: auto; max-width: 100%; }
        figcaption { color: var(--muted); font-size: .9rem; margin: .25rem 0 .5rem; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border-bottom: 1px solid var(--rule); padding: 3px 8px; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        footer { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .5rem; color: var(--muted); font-size: .85rem; }
        footer ul { columns: 2; margin: .25rem 0; }
        .scope { font-weight: bold; }
        .to-appendix { font-size: .85rem; margin: 0 0 1rem; }
        #annexe { border-top: 2px solid var(--ink); margin-top: 2rem; }
        #annexe h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9pt; line-height: 1.3; }
          h1 { font-size: 14pt; }
          h2 { font-size: 11pt; margin: .6rem 0 .3rem; break-after: avoid; }
          h3 { break-after: avoid; }
          .cards { grid-template-columns: 1fr 1fr; gap: 8px; }
          .card { background: none; padding: 8px; break-inside: avoid; }
          .figure { font-size: 16pt; }
          .status { margin: .25rem 0; }
          .note, .freshness p { margin: .3rem 0; }
          /* Two charts a row: the brief, charts included, holds on two A4 pages. */
          .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 6mm; }
          .chart { break-inside: avoid; }
          .chart h2 { font-size: 9.5pt; margin: .3rem 0 .15rem; }
          /* On paper the chart itself is read: its text alternative (what a screen reader says) gives way to it. */
          figcaption { display: none; }
          .card dl { margin: .25rem 0; }
          .sentence { margin: .3rem 0 0; }
          .note h3 { font-size: 9.5pt; }
          .to-appendix { display: none; }
          figure, table, .chart-data, .table-block, tr { break-inside: avoid; }
          /* The missing structures may outnumber a page: cut between rows only, the header repeated. */
          .structures table { break-inside: auto; }
          thead { display: table-header-group; }
          #annexe { break-before: page; border-top: 0; margin-top: 0; }
          table { font-size: 8pt; margin: .25rem 0 .5rem; }
          footer { margin-top: 1rem; }
          footer ul, footer p + p { display: none; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
