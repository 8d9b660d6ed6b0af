// Replies to every probe at once, so the page's reply task is as small as it can be.
chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  reply({ ok: true, value: { show: false, length: message.text.length } });
});
