import { el } from './dom.js';

/** Files up to this size are shown in the text box (and can be edited there); larger ones are used as they are. */
const SHOW_LIMIT = 512 * 1024;

export interface InputParts {
  textarea: HTMLTextAreaElement;
  fileInput: HTMLInputElement;
  /** Where a file dropped on it is taken. */
  dropZone: HTMLElement;
  /** Says which file is in use. */
  status: HTMLElement;
  exampleButtons: Iterable<HTMLButtonElement>;
}

export interface InputSource {
  /** The input as bytes (a file's exactly as read; typed text as UTF-8) and the file's name, or undefined when there is none. */
  current(): { bytes: Uint8Array; name?: string } | undefined;
  /** Takes these bytes as if the user had opened a file of that name. */
  load(name: string, bytes: Uint8Array): void;
  /** Called when a file or an example was loaded. */
  onLoad(listener: () => void): void;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text box, the file chooser, drops and the bundled examples, as one source of input. */
export function setUpInput(parts: InputParts): InputSource {
  const { textarea, fileInput, dropZone, status } = parts;
  let loaded: { name: string; bytes: Uint8Array; shown?: string } | undefined;
  const listeners: (() => void)[] = [];

  const showStatus = (text: string | undefined) => {
    status.replaceChildren();
    status.hidden = text === undefined;
    if (text === undefined) return;
    const remove = el('button', { type: 'button' }, 'Remove');
    remove.addEventListener('click', () => {
      loaded = undefined;
      textarea.value = '';
      fileInput.value = '';
      showStatus(undefined);
      textarea.focus();
    });
    status.append(text, ' ', remove);
  };

  const load = (name: string, bytes: Uint8Array) => {
    let shown: string | undefined;
    if (bytes.length <= SHOW_LIMIT) {
      try {
        shown = utf8.decode(bytes);
      } catch {
        shown = undefined;
      }
    }
    // the text box turns CRLF into LF: the bytes as read are what is checked while the text is unchanged
    loaded = shown === undefined ? { name, bytes } : { name, bytes, shown: normalizedNewlines(shown) };
    textarea.value = loaded.shown ?? '';
    showStatus(shown === undefined ? `Using ${name} (${size(bytes.length)}), too large to show here.` : `Using ${name} (${size(bytes.length)}).`);
    for (const listener of listeners) listener();
  };

  const loadFile = async (file: File) => load(file.name, new Uint8Array(await file.arrayBuffer()));

  textarea.addEventListener('input', () => {
    if (loaded && textarea.value !== (loaded.shown ?? '')) {
      loaded = undefined;
      showStatus(undefined);
    }
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void loadFile(file);
  });
  dropZone.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    textarea.classList.add('dropping');
  });
  dropZone.addEventListener('dragleave', () => textarea.classList.remove('dropping'));
  dropZone.addEventListener('drop', (event) => {
    textarea.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void loadFile(file);
  });
  for (const button of parts.exampleButtons) {
    button.addEventListener('click', async () => {
      const name = button.dataset.example!;
      const response = await fetch(`examples/${encodeURIComponent(name)}`);
      if (!response.ok) {
        showStatus(`The example ${name} could not be loaded (${response.status}).`);
        return;
      }
      load(name, new Uint8Array(await response.arrayBuffer()));
    });
  }

  return {
    current() {
      if (loaded && textarea.value === (loaded.shown ?? '')) return { bytes: loaded.bytes, name: loaded.name };
      if (textarea.value === '') return undefined;
      return { bytes: new TextEncoder().encode(textarea.value) };
    },
    load,
    onLoad(listener) {
      listeners.push(listener);
    },
  };
}

function normalizedNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
