// The API reference of this server: both hand-written specs, as served at /specs/.
window.onload = function () {
  // The specs name this project's server as http://localhost:8080; "try it" requests for it go to
  // the server this page came from, whatever its port.
  var localServer = 'http://localhost:8080';
  window.ui = SwaggerUIBundle({
    urls: [
      { url: '/specs/flex/promo-codes.yaml', name: 'Flex Promo Codes' },
      { url: '/specs/flowglad/discounts.yaml', name: 'Flowglad Discounts' }
    ],
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    displayOperationId: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
    requestInterceptor: function (request) {
      if (request.url.indexOf(localServer) === 0) {
        request.url = window.location.origin + request.url.substring(localServer.length);
      }
      return request;
    }
  });
};
