import Foundation

/// The netCDF-C library (libnetcdf.so.19, Debian package libnetcdf19, which brings HDF5),
/// loaded at run time like zlib and OpenBLAS so building awish needs no netCDF headers.
/// Only the calls awish makes are bound; sizes (`size_t`) are passed as `Int`, which has
/// the same layout on the 64-bit platforms awish runs on.
struct NetCDFLibrary: @unchecked Sendable {
  typealias Name = UnsafePointer<CChar>
  typealias Open = @convention(c) (Name, Int32, UnsafeMutablePointer<Int32>) -> Int32
  typealias Close = @convention(c) (Int32) -> Int32
  typealias IntOut = @convention(c) (Int32, UnsafeMutablePointer<Int32>) -> Int32
  typealias IDs =
    @convention(c) (Int32, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>?)
    -> Int32
  typealias DimIDs =
    @convention(c) (
      Int32, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>?, Int32
    ) -> Int32
  typealias InquireDim =
    @convention(c) (
      Int32, Int32, UnsafeMutablePointer<CChar>, UnsafeMutablePointer<Int>
    ) -> Int32
  typealias InquireVar =
    @convention(c) (
      Int32, Int32, UnsafeMutablePointer<CChar>, UnsafeMutablePointer<Int32>,
      UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>
    ) -> Int32
  typealias AttName = @convention(c) (Int32, Int32, Int32, UnsafeMutablePointer<CChar>) -> Int32
  typealias InquireAtt =
    @convention(c) (
      Int32, Int32, Name, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int>
    ) -> Int32
  typealias GetAtt = @convention(c) (Int32, Int32, Name, UnsafeMutableRawPointer) -> Int32
  typealias GetVara =
    @convention(c) (
      Int32, Int32, UnsafePointer<Int>?, UnsafePointer<Int>?, UnsafeMutableRawPointer
    ) -> Int32
  typealias FreeStrings = @convention(c) (Int, UnsafeMutableRawPointer) -> Int32
  typealias GroupName = @convention(c) (Int32, UnsafeMutablePointer<CChar>) -> Int32
  typealias VarFill =
    @convention(c) (
      Int32, Int32, UnsafeMutablePointer<Int32>, UnsafeMutableRawPointer?
    ) -> Int32
  typealias StringError = @convention(c) (Int32) -> Name
  typealias Create = @convention(c) (Name, Int32, UnsafeMutablePointer<Int32>) -> Int32
  typealias DefineDim = @convention(c) (Int32, Name, Int, UnsafeMutablePointer<Int32>) -> Int32
  typealias DefineVar =
    @convention(c) (
      Int32, Name, Int32, Int32, UnsafePointer<Int32>?, UnsafeMutablePointer<Int32>
    ) -> Int32
  typealias PutAtt = @convention(c) (Int32, Int32, Name, Int32, Int, UnsafeRawPointer?) -> Int32
  typealias PutAttText = @convention(c) (Int32, Int32, Name, Int, Name) -> Int32
  typealias Deflate = @convention(c) (Int32, Int32, Int32, Int32, Int32) -> Int32
  typealias PutVara =
    @convention(c) (
      Int32, Int32, UnsafePointer<Int>?, UnsafePointer<Int>?, UnsafeRawPointer
    ) -> Int32
  typealias DefineGroup = @convention(c) (Int32, Name, UnsafeMutablePointer<Int32>) -> Int32
  typealias Version = @convention(c) () -> Name

  let open: Open
  let close: Close
  let format: IntOut
  let dimIDs: DimIDs
  let varIDs: IDs
  let unlimitedDims: IDs
  let groupIDs: IDs
  let groupName: GroupName
  let inquireDim: InquireDim
  let inquireVar: InquireVar
  let natts: IntOut
  let attName: AttName
  let inquireAtt: InquireAtt
  let getAtt: GetAtt
  let getVara: GetVara
  let freeStrings: FreeStrings
  let varFill: VarFill
  let strerror: StringError
  let create: Create
  let defineDim: DefineDim
  let defineVar: DefineVar
  let putAtt: PutAtt
  let putAttText: PutAttText
  let deflate: Deflate
  let endDefine: Close
  let putVara: PutVara
  let defineGroup: DefineGroup
  let version: Version

  /// The library, or nil when no libnetcdf is installed.
  static let shared: NetCDFLibrary? = {
    let names = ["libnetcdf.so.19", "libnetcdf.so", "libnetcdf.so.22", "libnetcdf.dylib"]
    // Lazy binding: libnetcdf pulls in HDF5, curl and XML libraries whose symbols need not
    // all be resolved before the first file opens.
    guard let library = SharedLibrary(names, lazy: true) else { return nil }
    // HDF5 prints its error stack on stderr for a damaged file; awish reports one line.
    typealias SetAuto = @convention(c) (Int64, UnsafeRawPointer?, UnsafeRawPointer?) -> Int32
    if let setAuto = library.function("H5Eset_auto2", as: SetAuto.self) {
      _ = setAuto(0, nil, nil)  // H5E_DEFAULT
    }
    return NetCDFLibrary(library)
  }()

  private init?(_ library: SharedLibrary) {
    func bind<T>(_ name: String, _ type: T.Type) -> T? { library.function(name, as: type) }
    guard let open = bind("nc_open", Open.self), let close = bind("nc_close", Close.self),
      let format = bind("nc_inq_format", IntOut.self),
      let dimIDs = bind("nc_inq_dimids", DimIDs.self),
      let varIDs = bind("nc_inq_varids", IDs.self),
      let unlimitedDims = bind("nc_inq_unlimdims", IDs.self),
      let groupIDs = bind("nc_inq_grps", IDs.self),
      let groupName = bind("nc_inq_grpname", GroupName.self),
      let inquireDim = bind("nc_inq_dim", InquireDim.self),
      let inquireVar = bind("nc_inq_var", InquireVar.self),
      let natts = bind("nc_inq_natts", IntOut.self),
      let attName = bind("nc_inq_attname", AttName.self),
      let inquireAtt = bind("nc_inq_att", InquireAtt.self),
      let getAtt = bind("nc_get_att", GetAtt.self),
      let getVara = bind("nc_get_vara", GetVara.self),
      let freeStrings = bind("nc_free_string", FreeStrings.self),
      let varFill = bind("nc_inq_var_fill", VarFill.self),
      let strerror = bind("nc_strerror", StringError.self),
      let create = bind("nc_create", Create.self),
      let defineDim = bind("nc_def_dim", DefineDim.self),
      let defineVar = bind("nc_def_var", DefineVar.self),
      let putAtt = bind("nc_put_att", PutAtt.self),
      let putAttText = bind("nc_put_att_text", PutAttText.self),
      let deflate = bind("nc_def_var_deflate", Deflate.self),
      let endDefine = bind("nc_enddef", Close.self),
      let putVara = bind("nc_put_vara", PutVara.self),
      let defineGroup = bind("nc_def_grp", DefineGroup.self),
      let version = bind("nc_inq_libvers", Version.self)
    else { return nil }
    self.open = open
    self.close = close
    self.format = format
    self.dimIDs = dimIDs
    self.varIDs = varIDs
    self.unlimitedDims = unlimitedDims
    self.groupIDs = groupIDs
    self.groupName = groupName
    self.inquireDim = inquireDim
    self.inquireVar = inquireVar
    self.natts = natts
    self.attName = attName
    self.inquireAtt = inquireAtt
    self.getAtt = getAtt
    self.getVara = getVara
    self.freeStrings = freeStrings
    self.varFill = varFill
    self.strerror = strerror
    self.create = create
    self.defineDim = defineDim
    self.defineVar = defineVar
    self.putAtt = putAtt
    self.putAttText = putAttText
    self.deflate = deflate
    self.endDefine = endDefine
    self.putVara = putVara
    self.defineGroup = defineGroup
    self.version = version
  }

  /// The library's text for a status code.
  func message(_ status: Int32) -> String { String(cString: strerror(status)) }
}
