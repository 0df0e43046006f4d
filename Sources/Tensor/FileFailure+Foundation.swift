import Foundation
import Guards

extension FileFailure {
  /// The failure behind a Foundation file error on `path`: its POSIX code when it carries
  /// one, Cocoa's file codes, else what the path itself shows (a file where a folder should
  /// be, a missing or unwritable folder). Foundation's own text ("The operation could not be
  /// completed") never reaches the user.
  public init(_ error: any Error, path: String) {
    let cocoa = error as NSError
    if let number = FileFailure.posixCode(cocoa) {
      self.init(errno: number)
      return
    }
    if cocoa.domain == NSCocoaErrorDomain, let known = FileFailure.cocoa(cocoa.code) {
      self = known
      return
    }
    self = FileFailure.diagnosing(path)
  }

  /// The POSIX code of `error` or of the error under it.
  private static func posixCode(_ error: NSError) -> Int32? {
    if error.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: error.code) }
    guard let under = error.userInfo[NSUnderlyingErrorKey] as? NSError else { return nil }
    return under.domain == NSPOSIXErrorDomain ? Int32(truncatingIfNeeded: under.code) : nil
  }

  private static func cocoa(_ code: Int) -> FileFailure? {
    switch CocoaError.Code(rawValue: code) {
    case .fileNoSuchFile, .fileReadNoSuchFile: return .notFound
    case .fileReadNoPermission, .fileWriteNoPermission: return .permissionDenied
    case .fileWriteOutOfSpace: return .noSpace
    case .fileWriteVolumeReadOnly: return .readOnly
    default: return nil
    }
  }

  /// What is wrong with `path`, found by walking up to the first part that exists: a file
  /// above the target means a file stands where a folder should; a part this process may
  /// not write means permission.
  public static func diagnosing(_ path: String) -> FileFailure {
    let target = (path as NSString).standardizingPath
    var current = target
    var isFolder: ObjCBool = false
    while !FileManager.default.fileExists(atPath: current, isDirectory: &isFolder) {
      let parent = (current as NSString).deletingLastPathComponent
      guard !parent.isEmpty, parent != current else { return .notFound }
      current = parent
    }
    if current != target, !isFolder.boolValue { return .notADirectory }
    if !FileManager.default.isWritableFile(atPath: current) { return .permissionDenied }
    return .other(TensorMessages.fileRefused)
  }

  /// "cannot create 'x': a part of the path before the last one is a file, not a folder".
  public func message(_ path: String, doing action: String) -> String {
    TensorMessages.fileCannot(action, path, reason(action != "read"))

  }
}
