/// The bitmap glyphs PNG plots are lettered with (see PlotFontData.swift), and text widths
/// for layout, which SVG shares so both formats place labels alike.
enum PlotFont {
  struct Glyph {
    let advance: Int
    let coverage: [UInt8]
  }

  struct Face {
    let size: Int
    let ascent: Int
    let height: Int
    let glyphs: [Character: Glyph]
    let fallback: Glyph
  }

  static let faces: [Face] = data.map { entry in
    var glyphs: [Character: Glyph] = [:]
    for (character, advance, hex) in entry.glyphs {
      let coverage = hex.utf8.map { byte -> UInt8 in
        let nibble = byte >= 97 ? byte - 87 : byte - 48
        return nibble * 17
      }
      glyphs[character] = Glyph(advance: advance, coverage: coverage)
    }
    let fallback =
      glyphs["?"] ?? Glyph(advance: entry.size / 2, coverage: [])
    return Face(
      size: entry.size, ascent: entry.ascent, height: entry.height, glyphs: glyphs,
      fallback: fallback)
  }

  /// The face closest to `size` pixels.
  static func face(size: Double) -> Face? {
    faces.min { abs(Double($0.size) - size) < abs(Double($1.size) - size) }
  }

  static func width(_ text: String, size: Double) -> Double {
    guard let face = face(size: size) else { return Double(text.count) * size * 0.6 }
    return Double(text.reduce(0) { $0 + (face.glyphs[$1] ?? face.fallback).advance })
  }
}
