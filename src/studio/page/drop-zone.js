// A part of the page that takes files dropped from the file manager, and a file's bytes for a JSON body.

/** Calls `onFiles` with the files dropped on `zone`, marking it while something is dragged over. */
export function takeDrops(zone, onFiles) {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    onFiles([...event.dataTransfer.files]);
  });
}

/** A file's bytes as base64, as a JSON body carries them. */
export const asBase64 = (file) =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
