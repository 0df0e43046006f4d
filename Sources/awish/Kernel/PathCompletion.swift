import Foundation

/// Completion inside a string literal in a notebook cell: the cursor is in a path, so the
/// candidates are the files and folders whose names continue the path's last component
/// (folders with a trailing `/`), relative to the kernel's working folder. Hidden files are
/// offered only when the component starts with a dot.
enum PathCompletion {
  /// The text of the string literal still open at the end of `text`, nil when none is.
  static func openString(in text: String) -> String? {
    var quote: Character?
    var content = ""
    var isEscaped = false
    var isComment = false
    for character in text {
      if isComment {
        isComment = character != "\n"
      } else if let open = quote {
        if isEscaped {
          isEscaped = false
          content.append(character)
        } else if character == "\\" {
          isEscaped = true
        } else if character == open {
          quote = nil
        } else {
          content.append(character)
        }
      } else if character == "\"" || character == "'" {
        quote = character
        content = ""
      } else if character == "#" {
        isComment = true
      }
    }
    return quote == nil ? nil : content
  }

  /// The entries of the path's folder that continue its last component, sorted; at most 200.
  static func candidates(for path: String) -> (matches: [String], component: String) {
    let component = String(path.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
    let folderPart = String(path.dropLast(component.count))
    let folder = folderPart.isEmpty ? "." : NSString(string: folderPart).expandingTildeInPath
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let matches = names.filter { name in
      name.hasPrefix(component) && (component.hasPrefix(".") || !name.hasPrefix("."))
    }.sorted().prefix(200).map { name in
      var isFolder: ObjCBool = false
      FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
      return isFolder.boolValue ? name + "/" : name
    }
    return (Array(matches), component)
  }
}
