/** MapLibre 6 needs WebGL2; asking first lets us explain instead of showing a blank box. */
export function supportsWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
