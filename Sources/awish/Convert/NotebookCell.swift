/// One cell of a notebook as `awish convert` sees it: its kind, an optional title and its
/// source. Outputs are never kept: a script holds only what is needed to run again.
struct NotebookCell: Equatable {
  enum Kind: String {
    case code, markdown, raw
  }

  var kind: Kind
  var title: String
  var source: String
}
