import Builtins
import Foundation

/// The report as one self-contained HTML file: styles inline, figures as inline SVG, no
/// scripts and nothing fetched.
enum ReportHTML {
  static func document(
    script: String, result: ReportRunner.Result, provenance: Provenance, builtins: Set<String>
  ) -> String {
    let name = URL(fileURLWithPath: script).lastPathComponent
    let title = result.cells.first { !$0.title.isEmpty }?.title ?? name
    var html = """
      <!doctype html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="awish \(Awish.version)">
      <title>\(RichHTML.escaped(title))</title>
      <style>\(style)</style>
      </head>
      <body>
      <main>
      <header><h1>\(RichHTML.escaped(title))</h1>
      <p class="meta">Report of <code>\(RichHTML.escaped(name))</code>, \
      run \(RunFacts.timestamp(result.started)) by awish \(Awish.version)</p></header>

      """
    for (index, cell) in result.cells.enumerated() {
      html += section(
        cell, index: index, builtins: builtins,
        skipFirstTitle: cell.title == title && index == firstTitled(result))
    }
    if result.failed {
      html +=
        "<p class=\"stopped\">The report stopped at the first error; later cells did not run.</p>\n"
    }
    html += footer(provenance)
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  private static func firstTitled(_ result: ReportRunner.Result) -> Int {
    result.cells.firstIndex { !$0.title.isEmpty } ?? -1
  }

  private static func section(
    _ cell: ReportCell, index: Int, builtins: Set<String>, skipFirstTitle: Bool
  ) -> String {
    var html = "<section class=\"cell\" id=\"cell-\(index + 1)\">\n"
    if !cell.title.isEmpty && !skipFirstTitle {
      html += "<h2>\(RichHTML.escaped(cell.title))</h2>\n"
    }
    if cell.options.echo && !cell.code.allSatisfy(\.isWhitespace) {
      html +=
        "<pre class=\"code\"><code>\(SyntaxHighlighter.html(cell.code, builtins: builtins))"
        + "</code></pre>\n"
    }
    if !cell.options.eval {
      html += "<p class=\"note\">Not run (eval: false).</p>\n"
    }
    for piece in cell.pieces {
      switch piece {
      case .text(let text):
        // print() between sections makes blank lines: in a report they would be empty boxes.
        let trimmed = text.trimmingBlankLines
        guard !trimmed.isEmpty else { continue }
        html += "<pre class=\"output\">\(RichHTML.escaped(trimmed))</pre>\n"
      case .html(let rich):
        html += rich
        if !cell.options.figureCaption.isEmpty, rich.hasPrefix("<figure>") {
          html = String(html.dropLast("</figure>\n".count))
          html +=
            "<figcaption>\(RichHTML.escaped(cell.options.figureCaption))</figcaption></figure>\n"
        }
      case .error(let text):
        html += "<pre class=\"error\">\(RichHTML.escaped(text))</pre>\n"
      case .warning(let text):
        html += "<pre class=\"warning\">warning: \(RichHTML.escaped(text))</pre>\n"
      }
    }
    return html + "</section>\n"
  }

  private static func footer(_ provenance: Provenance) -> String {
    var html = "<footer>\n<h2>Provenance</h2>\n<dl>\n"
    let commit =
      provenance.gitCommit.map {
        "<code>\($0)</code>" + (provenance.gitDirty ? " with uncommitted changes" : ", clean")
      } ?? "not in a git repository"
    let seconds = provenance.finished.timeIntervalSince(provenance.started)
    html += "<dt>Code</dt><dd>\(commit)</dd>\n"
    html +=
      "<dt>Run</dt><dd>\(RunFacts.timestamp(provenance.started)), "
      + "\(String(format: "%.2f", seconds)) s on \(RichHTML.escaped(provenance.host)), "
      + "awish \(provenance.version)</dd>\n"
    if let slurm = RunFacts.slurmSummary {
      html += "<dt>Slurm</dt><dd>\(RichHTML.escaped(slurm))</dd>\n"
    }
    html += "</dl>\n"
    if provenance.files.isEmpty {
      html += "<p>No data files were read or written.</p>\n"
    } else {
      html +=
        "<table class=\"files\">\n<thead><tr><th>file</th><th></th><th>bytes</th>"
        + "<th>sha256</th></tr></thead>\n<tbody>\n"
      for file in provenance.files {
        html +=
          "<tr><td><code>\(RichHTML.escaped(file.path))</code></td><td>\(file.access)</td>"
          + "<td class=\"n\">\(file.size.map(String.init) ?? "")</td>"
          + "<td><code class=\"sha\">\(file.record.sha256 ?? "")</code></td></tr>\n"
        if let source = source(file.record) {
          html += "<tr class=\"source\"><td colspan=\"4\">\(source)</td></tr>\n"
        }
      }
      html += "</tbody>\n</table>\n"
    }
    return html + "</footer>\n"
  }

  /// Where a fetched file came from: its URI, DOI (linked) and citation from the manifest.
  private static func source(_ record: DataFileRecord) -> String? {
    guard !record.uri.isEmpty else { return nil }
    var parts = ["from " + link(record.uri, to: record.uri)]
    if !record.doi.isEmpty {
      let doi = record.doi.hasPrefix("doi:") ? String(record.doi.dropFirst(4)) : record.doi
      parts.append("DOI " + link(doi, to: "https://doi.org/" + doi))
    }
    if !record.licence.isEmpty { parts.append("licence " + RichHTML.escaped(record.licence)) }
    var html = parts.joined(separator: ", ")
    if !record.citation.isEmpty {
      html += "<br><span class=\"cite\">\(RichHTML.escaped(record.citation))</span>"
    }
    return html
  }

  /// A link for web addresses, plain text for anything else (file:, hsm: …).
  private static func link(_ text: String, to target: String) -> String {
    let escaped = RichHTML.escaped(text)
    guard target.hasPrefix("https://") || target.hasPrefix("http://") else {
      return "<code>\(escaped)</code>"
    }
    return "<a href=\"\(RichHTML.escaped(target))\">\(escaped)</a>"
  }

  static let style = """
    body{margin:0;background:#fafafa;color:#222;font:15px/1.5 "DejaVu Sans",Helvetica,Arial,\
    sans-serif}
    main{max-width:960px;margin:0 auto;padding:24px 32px;background:#fff;min-height:100vh}
    h1{font-size:26px;margin:8px 0 4px}h2{font-size:19px;margin:28px 0 8px}
    .meta,.note,.stopped{color:#666;font-size:13px}
    pre{font:13px/1.45 "DejaVu Sans Mono",Menlo,Consolas,monospace;padding:10px 12px;\
    overflow-x:auto;border-radius:4px;margin:8px 0}
    pre.code{background:#f3f4f6;border-left:3px solid #1f77b4}
    pre.output{background:#fff;border:1px solid #e5e7eb}
    pre.error{background:#fff5f5;border:1px solid #f5b5b5;color:#9b1c1c}
    pre.warning{background:#fffbeb;border:1px solid #f5d98b;color:#854d0e;white-space:pre-wrap}
    .kw{color:#7c3aed;font-weight:bold}.str{color:#047857}.num{color:#b45309}\
    .com{color:#6b7280;font-style:italic}.fn{color:#1d4ed8}
    figure{margin:12px 0}figure svg{max-width:100%;height:auto}
    figcaption{color:#555;font-size:13px;margin-top:4px}
    .table{overflow-x:auto;margin:8px 0}.shape{color:#666;font-size:12px;margin:0 0 4px}
    table{border-collapse:collapse;font-size:13px}
    th,td{padding:3px 10px;border-bottom:1px solid #eee;text-align:left;white-space:nowrap}
    td.n{text-align:right;font-variant-numeric:tabular-nums}td.missing{color:#aaa}
    tr.types th{color:#888;font-weight:normal;font-style:italic}tr.gap td{color:#888}
    footer{margin-top:40px;border-top:1px solid #ddd;font-size:13px;color:#444}
    dt{font-weight:bold;float:left;width:5em}dd{margin:0 0 4px 5.5em}
    dl.scores dt{font-weight:normal;width:10em}dl.scores dd{margin-left:10.5em}
    code.sha{font-size:11px;word-break:break-all;white-space:normal}
    tr.source td{white-space:normal;color:#555;border-bottom:1px solid #ddd}.cite{font-style:italic}
    """
}

extension String {
  /// The text without its leading and trailing blank lines (its own last line break kept
  /// out); empty when it holds only line breaks and spaces.
  var trimmingBlankLines: String {
    var lines = split(separator: "\n", omittingEmptySubsequences: false)
    while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
