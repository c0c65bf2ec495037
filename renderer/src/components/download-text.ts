/**
 * Offer text as a file download from the renderer (a blob: link clicked once). In the desktop
 * app Electron shows its save dialog for it; a native save dialog through main can replace this
 * later without the screens changing.
 */
export const downloadText = (text: string, fileName: string, type = 'application/json'): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
