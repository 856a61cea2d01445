// Suggestions while typing: the catalogue's own titles that complete the words typed so far, offered in the search
// box's <datalist>. Without this script the box is a plain search field and the form works the same.
(function () {
  var box = document.querySelector('input[data-suggest]');
  var list = box && document.getElementById(box.getAttribute('list'));
  if (!box || !list) {
    return;
  }
  var timer = null;
  var asked = '';
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });

  function suggest() {
    var typed = box.value;
    if (typed.trim().length < 2 || typed === asked) {
      return;
    }
    asked = typed;
    fetch(box.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}})
      .then(function (answer) { return answer.ok ? answer.json() : []; })
      .then(function (titles) {
        if (box.value !== typed) {
          return; // typed on meanwhile: a newer answer is coming
        }
        list.replaceChildren.apply(list, titles.map(function (title) {
          var option = document.createElement('option');
          option.value = title;
          return option;
        }));
      })
      .catch(function () { /* no suggestions this time; the search itself still works */ });
  }
})();
