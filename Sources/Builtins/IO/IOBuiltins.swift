import Foundation
import Interpreter

extension Builtins {
  static let io: [Builtin] = [
    Builtin(
      "read_text", area: .io, summary: "The whole content of a UTF-8 text file as a string.",
      parameters: [
        Parameter("path", .string, "The file; relative paths start at the script's folder.")
      ],
      returns: .string,
      details: "Relative paths resolve from the folder of the script that calls read_text, "
        + "so a script reads its data the same way from any working directory.",
      examples: [Example("len(read_text(\"/etc/hostname\")) > 0", "true")]
    ) { args in
      let path = try args.path("path")
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw args.error(
          .fileNotFound, FileMessages.fileMissing(try args.string("path")), at: "path",
          label: FileMessages.lookedFor(path))
      }
      guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
        throw args.error(
          isDirectory.boolValue ? .isADirectory : .builtinFile,
          FileMessages.notAFile(try args.string("path")), at: "path")
      }
      guard let text = String(validating: data, as: UTF8.self) else {
        throw args.error(.malformedFile, FileMessages.notUTF8(try args.string("path")), at: "path")
      }
      return .string(text)
    },
    Builtin(
      "lines", area: .io, summary: "The lines of a text, without their line breaks.",
      parameters: [Parameter("text", .string, "The text, e.g. from read_text().")],
      returns: .list,
      details: "Handles \\n and \\r\\n line ends; a final line break does not add an empty line.",
      examples: [Example("lines(\"a\\nb\\r\\n\")", "[\"a\", \"b\"]")]
    ) { args in
      // "\r\n" is one Character in Swift, so it is a separator of its own.
      var result = try args.string("text")
        .split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        .map(String.init)
      if result.last == "" { result.removeLast() }
      return .list(ListObject(result.map { .string($0) }))
    },
  ]
}
