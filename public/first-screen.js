/* The prerendered first screen in index.html is the calculator's, empty, in Chinese. Where the app
 * will show something else (the widget, another screen, a share link, a saved draft or language:
 * the cases src/pwa/first-screen.ts keys on), it stays hidden until the app renders the right one
 * (src/main.tsx), rather than showing the wrong screen first. A classic script in <head>: it runs
 * before the first paint. */
(function () {
  var other = location.search !== '' || location.hash !== ''
  try {
    for (var i = 0; !other && i < localStorage.length; i++) {
      var key = localStorage.key(i)
      other = key !== null && key.indexOf('sh-points:') === 0 && key !== 'sh-points:scored'
    }
  } catch (e) {
    other = true
  }
  if (other) document.documentElement.setAttribute('data-rerender', '')
})()
