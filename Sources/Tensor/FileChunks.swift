import Foundation

/// Reading a file descriptor a chunk at a time: the one read loop of the copy into raw/ and of
/// the provenance hash, the counterpart of `AtomicFile.writeAll`.
public enum FileChunks {
  /// The bytes read into `buffer` (at most its size): the count, 0 at the end of the file,
  /// -1 on an error (errno says which). A read a signal interrupted (EINTR) is retried.
  public static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    while true {
      let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      if count < 0, errno == EINTR { continue }
      return count
    }
  }

  /// Hands every chunk of the rest of the file to `body`, in order, through one buffer of
  /// `chunkSize` bytes. False when a read failed (errno says why). O(file size).
  public static func forEach(
    in descriptor: Int32, chunkSize: Int = 1 << 20, _ body: (UnsafeRawBufferPointer) -> Void
  ) -> Bool {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let count = read(descriptor, into: buffer)
      guard count > 0 else { return count == 0 }
      body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
    }
  }
}
