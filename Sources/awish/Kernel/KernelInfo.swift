import Interpreter

/// The kernel_info_reply content: protocol and implementation versions and the language.
/// awi has no CodeMirror or Pygments mode of its own; Python's is the closest (`#` comments,
/// quotes and f-strings, `for … in`, `and`/`or`/`not`, numbers with `_`).
enum KernelInfo {
  static var content: [String: Any] {
    [
      "status": "ok",
      "protocol_version": MessageCodec.protocolVersion,
      "implementation": "awish",
      "implementation_version": AwishVersion.current,
      "language_info": [
        "name": "awi",
        "version": AwishVersion.current,
        "mimetype": "text/x-awi",
        "file_extension": ".awi",
        "pygments_lexer": "python",
        "codemirror_mode": "python",
        "nbconvert_exporter": "script",
      ],
      "banner": "awish \(AwishVersion.current): the AWI shell (awi language)",
      "help_links": [[String: String]](),
      "debugger": false,
    ]
  }
}
