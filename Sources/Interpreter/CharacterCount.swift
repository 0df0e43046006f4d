extension String {
  /// The number of characters (grapheme clusters), as `count`, but in one vectorisable pass
  /// over the bytes when the text is ASCII without a "\r" (the only ASCII pair that forms
  /// one character): `count` walks grapheme boundaries, which is 20 times slower.
  public var characterCount: Int {
    var text = self
    let simple = text.withUTF8 { bytes -> Bool in
      var high: UInt8 = 0
      var returns: UInt8 = 0
      for byte in bytes {
        high |= byte
        returns |= byte == 13 ? 1 : 0
      }
      return high < 0x80 && returns == 0
    }
    return simple ? utf8.count : count
  }
}
