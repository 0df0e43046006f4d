import Builtins
import Foundation

/// The kernelspec's logos: a deep-blue rounded square with three white wave lines, drawn
/// here as pixels (PNG, 32 and 64 pixels) and as SVG, so no image files ship with awish.
enum KernelLogo {
  static let blue: [UInt8] = [0x0B, 0x3D, 0x6E]

  /// The logo as a PNG of `size` × `size` pixels.
  static func png(size: Int) -> Data {
    var rgb = [UInt8](repeating: 255, count: size * size * 3)
    let scale = Double(size)
    for y in 0..<size {
      for x in 0..<size {
        let (u, v) = ((Double(x) + 0.5) / scale, (Double(y) + 0.5) / scale)
        let color: [UInt8]
        if !insideRoundedSquare(u, v) {
          color = [255, 255, 255]
        } else if onWave(u, v, thickness: 1.6 / scale + 0.02) {
          color = [255, 255, 255]
        } else {
          color = blue
        }
        let offset = (y * size + x) * 3
        rgb.replaceSubrange(offset..<(offset + 3), with: color)
      }
    }
    return PNGEncoder.encode(width: size, height: size, rgb: rgb)
  }

  /// The same logo as SVG.
  static let svg: String = {
    let waves = [0.3, 0.5, 0.7].map { base in
      "<path d=\"M 12 \(Int(base * 100)) q 19 -12 38 0 t 38 0\" fill=\"none\" "
        + "stroke=\"white\" stroke-width=\"6\" stroke-linecap=\"round\"/>"
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\">"
      + "<rect width=\"100\" height=\"100\" rx=\"18\" fill=\"#0b3d6e\"/>"
      + waves.joined() + "</svg>\n"
  }()

  private static func insideRoundedSquare(_ u: Double, _ v: Double) -> Bool {
    let radius = 0.18
    let dx = max(0, abs(u - 0.5) - (0.5 - radius))
    let dy = max(0, abs(v - 0.5) - (0.5 - radius))
    return dx * dx + dy * dy <= radius * radius
  }

  private static func onWave(_ u: Double, _ v: Double, thickness: Double) -> Bool {
    guard u > 0.12, u < 0.88 else { return false }
    return [0.3, 0.5, 0.7].contains { base in
      abs(v - (base - 0.06 * sin((u - 0.12) / 0.76 * 4 * Double.pi))) < thickness
    }
  }
}
