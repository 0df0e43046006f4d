import Foundation
import XCTest

/// libpng's simplified reading API, loaded at run time: the reference decoder for the tests.
public struct LibPNG {
  private typealias Begin = @convention(c) (UnsafeMutableRawPointer, UnsafeRawPointer, Int) -> Int32
  private typealias Finish =
    @convention(c) (
      UnsafeMutableRawPointer, UnsafeRawPointer?, UnsafeMutableRawPointer, Int32,
      UnsafeMutableRawPointer?
    ) -> Int32
  private typealias Free = @convention(c) (UnsafeMutableRawPointer) -> Void
  private let begin: Begin
  private let finish: Finish
  private let free: Free

  public static func load() throws -> LibPNG {
    guard let handle = dlopen("libpng16.so.16", RTLD_NOW),
      let begin = dlsym(handle, "png_image_begin_read_from_memory"),
      let finish = dlsym(handle, "png_image_finish_read"),
      let free = dlsym(handle, "png_image_free")
    else {
      throw XCTSkip(
        "libpng16.so.16 is not installed (Debian: libpng16-16); PNG decoding not checked")
    }
    return LibPNG(
      begin: unsafeBitCast(begin, to: Begin.self), finish: unsafeBitCast(finish, to: Finish.self),
      free: unsafeBitCast(free, to: Free.self))
  }

  /// The png_image struct: opaque pointer, version, width, height, format, flags,
  /// colormap_entries, warning_or_error, message[64].
  public func decode(_ data: Data) throws -> (width: Int, height: Int, rgb: [UInt8]) {
    let image = UnsafeMutableRawPointer.allocate(byteCount: 128, alignment: 8)
    defer { image.deallocate() }
    image.initializeMemory(as: UInt8.self, repeating: 0, count: 128)
    image.storeBytes(of: 1, toByteOffset: 8, as: UInt32.self)  // PNG_IMAGE_VERSION
    let started = data.withUnsafeBytes { begin(image, $0.baseAddress!, data.count) }
    guard started != 0 else { throw PNGError(message: message(image)) }
    let width = Int(image.load(fromByteOffset: 12, as: UInt32.self))
    let height = Int(image.load(fromByteOffset: 16, as: UInt32.self))
    image.storeBytes(of: 2, toByteOffset: 20, as: UInt32.self)  // PNG_FORMAT_RGB
    var pixels = [UInt8](repeating: 0, count: width * height * 3)
    let finished = pixels.withUnsafeMutableBytes {
      finish(image, nil, $0.baseAddress!, Int32(width * 3), nil)
    }
    guard finished != 0 else {
      free(image)
      throw PNGError(message: message(image))
    }
    return (width, height, pixels)
  }

  private func message(_ image: UnsafeMutableRawPointer) -> String {
    String(cString: image.advanced(by: 36).assumingMemoryBound(to: CChar.self))
  }

  public struct PNGError: Error { public let message: String }
}
