import Foundation
import Tensor

/// SHA-256 for the manifest's checksums and the model weights: through the system's OpenSSL 3
/// (libcrypto.so.3, loaded at run time) when it is there, else the built-in one (C, on the
/// CPU's SHA instructions where it has them). All give the same digests (NIST vectors in tests).
/// Public for the Jupyter kernel's message signatures (HMAC-SHA256).
public struct SHA256 {
  private var system: SystemSHA256?
  private var builtin: BuiltinSHA256

  /// A fresh hash; `useSystemLibrary: false` forces the built-in code and `useCPUExtensions:
  /// false` its portable form (for tests).
  public init(useSystemLibrary: Bool = true, useCPUExtensions: Bool = true) {
    system = useSystemLibrary ? SystemSHA256() : nil
    builtin = BuiltinSHA256(useExtensions: useCPUExtensions)
  }

  /// The hex digest of `bytes`.
  public static func hex(_ bytes: [UInt8]) -> String {
    var hash = SHA256()
    hash.update(bytes)
    return hash.finish()
  }

  /// Whether this hash runs through libcrypto.
  var usesSystemLibrary: Bool { system != nil }

  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    if let system {
      system.update(bytes)
    } else {
      builtin.update(bytes)
    }
  }

  /// The hex digest; the hash cannot be updated afterwards.
  public mutating func finish() -> String {
    digest().map { byte in
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }.joined()
  }

  /// The 32 bytes of the digest; the hash cannot be updated afterwards.
  public mutating func digest() -> [UInt8] {
    system?.finish() ?? builtin.finish()
  }
}

/// One EVP digest context of libcrypto; freed with the object.
final class SystemSHA256 {
  private let library: LibCrypto
  private let context: OpaquePointer

  /// nil when libcrypto is missing or refuses.
  init?() {
    guard let library = LibCrypto.shared, let context = library.newContext() else { return nil }
    guard library.initialize(context, library.sha256(), nil) == 1 else {
      library.freeContext(context)
      return nil
    }
    self.library = library
    self.context = context
  }

  deinit { library.freeContext(context) }

  func update(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    _ = library.update(context, base, bytes.count)
  }

  func finish() -> [UInt8] {
    var digest = [UInt8](repeating: 0, count: 32)
    var length: UInt32 = 0
    _ = digest.withUnsafeMutableBufferPointer { library.final(context, $0.baseAddress, &length) }
    return digest
  }
}

/// The libcrypto functions SHA-256 needs, looked up once.
struct LibCrypto: @unchecked Sendable {
  typealias NewContext = @convention(c) () -> OpaquePointer?
  typealias FreeContext = @convention(c) (OpaquePointer?) -> Void
  typealias Digest = @convention(c) () -> OpaquePointer?
  typealias Initialize = @convention(c) (OpaquePointer?, OpaquePointer?, OpaquePointer?) -> Int32
  typealias Update = @convention(c) (OpaquePointer?, UnsafeRawPointer?, Int) -> Int32
  typealias Final =
    @convention(c) (
      OpaquePointer?, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt32>?
    ) -> Int32

  let newContext: NewContext
  let freeContext: FreeContext
  let sha256: Digest
  let initialize: Initialize
  let update: Update
  let final: Final

  /// libcrypto.so.3 (or .so), or nil when it is not installed or AWISH_NO_LIBCRYPTO is set
  /// (to measure the built-in hash on a machine that has the library, as AWISH_NO_BLAS does).
  static let shared: LibCrypto? = {
    guard
      ProcessInfo.processInfo.environment["AWISH_NO_LIBCRYPTO"].map(\.isEmpty) ?? true,
      let library = SharedLibrary(["libcrypto.so.3", "libcrypto.so"]),
      let newContext = library.function("EVP_MD_CTX_new", as: NewContext.self),
      let freeContext = library.function("EVP_MD_CTX_free", as: FreeContext.self),
      let sha256 = library.function("EVP_sha256", as: Digest.self),
      let initialize = library.function("EVP_DigestInit_ex", as: Initialize.self),
      let update = library.function("EVP_DigestUpdate", as: Update.self),
      let final = library.function("EVP_DigestFinal_ex", as: Final.self)
    else { return nil }
    return LibCrypto(
      newContext: newContext, freeContext: freeContext, sha256: sha256, initialize: initialize,
      update: update, final: final)
  }()
}
