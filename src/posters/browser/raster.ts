/**
 * The browser's own rasteriser for the maker's PNG and preview: the SVG as an image (a blob: URL,
 * which the maker page's policy alone allows) drawn on a canvas of the SVG's pixel size.
 */

/** An object URL for bytes; the caller revokes it. */
export function blobUrl(bytes: BlobPart, type: string): string {
  return URL.createObjectURL(new Blob([bytes], { type }));
}

/** Loads an image, rejecting with a reason when the browser cannot decode it. */
function loaded(img: HTMLImageElement, src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('trình duyệt không đọc được hình SVG vừa vẽ'));
    img.src = src;
  });
}

/** The SVG rasterised at width × height pixels as a PNG blob. */
export async function svgToPngBlob(svg: string, width: number, height: number): Promise<Blob> {
  const url = blobUrl(svg, 'image/svg+xml');
  try {
    const img = await loaded(new Image(width, height), url);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('trình duyệt không cho vẽ lên canvas');
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('không tạo được tệp PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
