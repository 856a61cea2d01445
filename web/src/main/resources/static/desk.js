// Progressive enhancement for the desk: focus where the next scan goes, distinct sounds for lent and refused (off
// with the "Sounds" switch, remembered in this browser), and print buttons. Every page works without it.
(function () {
  var audio;
  function soundsOn() { return localStorage.getItem('shelfwise.sounds') !== 'off'; }
  function beep(outcome) {
    if (!soundsOn() || !window.AudioContext) { return; }
    audio = audio || new AudioContext();
    var tone = audio.createOscillator(), gain = audio.createGain();
    tone.type = outcome === 'lent' ? 'sine' : 'square';
    tone.frequency.value = outcome === 'lent' ? 880 : 220;
    gain.gain.value = 0.08;
    tone.connect(gain); gain.connect(audio.destination);
    tone.start(); tone.stop(audio.currentTime + (outcome === 'lent' ? 0.12 : 0.35));
  }
  function focusScan() {
    var field = document.querySelector('[data-scan]');
    if (field) { field.focus(); }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('sound-toggle');
    if (toggle) {
      toggle.checked = soundsOn();
      toggle.addEventListener('change', function () { localStorage.setItem('shelfwise.sounds', toggle.checked ? 'on' : 'off'); });
    }
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  });
  document.addEventListener('htmx:afterSettle', function () {
    var said = document.querySelector('#live [data-outcome]');
    if (said) { beep(said.dataset.outcome); delete said.dataset.outcome; }
    var opened = document.querySelector('details[open] input[name=override]');
    if (!opened) { focusScan(); }
  });
  // an opened override asks for its reason at once
  document.addEventListener('toggle', function (event) {
    if (event.target.matches && event.target.matches('details.override') && event.target.open) {
      event.target.querySelector('input[name=override]').focus();
    }
  }, true);
})();
