/**
 * The "Nghe" button of a loudspeaker script page: reads the script aloud with the device's own
 * Vietnamese voice (Web Speech API, a voice whose lang starts with "vi"), block by block, marking
 * the block being read. Where the browser has no speech synthesis or the device no Vietnamese
 * voice, it says so in Vietnamese and reads nothing (another language's voice would mangle the
 * text). Nothing is downloaded. Bundled into one classic script (bundle.ts): no modules, no
 * fetch, so it runs from file:// in the offline copy. The controls are in the page, hidden; this
 * script shows them — without JavaScript the page says why there is no button (<noscript>).
 */
import { utterances } from '../utterances.ts';

const NO_SYNTHESIS = 'Trình duyệt này không có chức năng đọc thành tiếng, nên nút «Nghe» không dùng được. Hãy mở trang bằng Chrome, Edge, Safari hay Firefox bản mới, hoặc in bài này ra để đọc trên loa.';
const NO_VOICE = 'Máy này chưa có giọng đọc tiếng Việt, nên nút «Nghe» không đọc được (giọng của ngôn ngữ khác sẽ đọc sai). Hãy cài giọng tiếng Việt cho máy — Windows: Cài đặt › Thời gian và ngôn ngữ › Giọng nói; Android: Cài đặt › Chuyển văn bản thành giọng nói; iPhone: Cài đặt › Trợ năng › Nội dung được đọc — rồi mở lại trang, hoặc in bài này ra để đọc trên loa.';

/** A block's lines (text separated by <br>), joined by a space: what an announcer reads in one breath. */
function blockText(el: Element): string {
  return Array.from(el.childNodes, (n) => (n.nodeName === 'BR' ? ' ' : n.textContent ?? '')).join('');
}

function start(): void {
  const root = document.getElementById('nghe');
  if (!root) return;
  const play = root.querySelector<HTMLButtonElement>('[data-nghe="doc"]')!;
  const stop = root.querySelector<HTMLButtonElement>('[data-nghe="dung"]')!;
  const status = root.querySelector<HTMLElement>('[data-nghe="trang-thai"]')!;
  root.hidden = false;
  const synth: SpeechSynthesis | undefined = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
    play.disabled = true;
    status.textContent = NO_SYNTHESIS;
    return;
  }
  const vietnamese = (): SpeechSynthesisVoice | undefined => {
    const voices = synth.getVoices().filter((v) => /^vi(?:[-_]|$)/i.test(v.lang));
    return voices.find((v) => v.localService) ?? voices[0];
  };
  let asked = false;
  const noVoice = () => {
    play.disabled = true;
    status.textContent = NO_VOICE;
  };
  // Voices arrive late in Chromium (getVoices() is empty until "voiceschanged"): decide when they
  // come, or after two seconds without them.
  const decide = () => {
    if (vietnamese()) { play.disabled = false; if (status.textContent === NO_VOICE) status.textContent = ''; }
    else if (asked) noVoice();
  };
  synth.addEventListener?.('voiceschanged', () => { asked = true; decide(); });
  setTimeout(() => { asked = true; decide(); }, 2000);
  if (synth.getVoices().length) { asked = true; decide(); }

  const blocks = Array.from(document.querySelectorAll<HTMLElement>('[data-doc]'));
  let reading = false;
  const mark = (el: HTMLElement | undefined) => {
    for (const b of blocks) b.classList.toggle('dang-doc', b === el);
  };
  const finish = (message: string) => {
    reading = false;
    mark(undefined);
    stop.disabled = true;
    play.disabled = !vietnamese();
    status.textContent = message;
  };
  play.addEventListener('click', () => {
    const voice = vietnamese();
    if (!voice) { noVoice(); return; }
    synth.cancel();
    reading = true;
    play.disabled = true;
    stop.disabled = false;
    status.textContent = `Đang đọc bằng giọng ${voice.name}…`;
    const parts = blocks.flatMap((el) => {
      const text = blockText(el);
      return utterances(text).map((t) => ({ el, t }));
    });
    parts.forEach(({ el, t }, i) => {
      const u = new SpeechSynthesisUtterance(t);
      u.lang = voice.lang;
      u.voice = voice;
      u.rate = 0.95;
      u.onstart = () => { if (reading) mark(el); };
      if (i === parts.length - 1) u.onend = () => { if (reading) finish('Đã đọc xong.'); };
      u.onerror = (e) => { if (reading && e.error !== 'canceled' && e.error !== 'interrupted') finish(`Không đọc tiếp được (${e.error}).`); };
      synth.speak(u);
    });
  });
  stop.addEventListener('click', () => {
    reading = false;
    synth.cancel();
    finish('Đã dừng.');
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
