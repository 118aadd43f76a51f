// Report maps with Leaflet, loaded by portal.js only where a page has one. Everything here is an enhancement:
// without it the position is typed and the reports are read from the list. Tiles that fail to load leave a grey
// map; clicking still sets the position.
(function () {
  'use strict';

  var settings = document.querySelector('meta[name="map-settings"]');
  if (!settings || typeof L === 'undefined') {
    return;
  }
  L.Icon.Default.imagePath = settings.getAttribute('data-leaflet') + 'images/';
  var centre = [parseFloat(settings.getAttribute('data-lat')), parseFloat(settings.getAttribute('data-lon'))];

  function number(value) {
    var parsed = parseFloat(String(value || '').replace(',', '.'));
    return isNaN(parsed) ? null : parsed;
  }

  function createMap(element, view, zoom) {
    element.hidden = false;
    element.setAttribute('role', 'application');
    var map = L.map(element, { keyboard: true }).setView(view, zoom);
    var tiles = settings.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: settings.getAttribute('data-attribution') }).addTo(map);
    }
    return map;
  }

  // A position field: the map sits above the typed coordinates and fills them in.
  document.querySelectorAll('[data-position-map]').forEach(function (fieldset) {
    // by name: the fieldset also holds the address search and its choices
    var inputs = [fieldset.querySelector('input[name$=".lat"]'), fieldset.querySelector('input[name$=".lon"]')];
    if (!inputs[0] || !inputs[1]) {
      return;
    }
    var lat = inputs[0];
    var lon = inputs[1];
    var element = document.createElement('div');
    element.className = 'portal-map';
    element.setAttribute('aria-label', fieldset.getAttribute('data-map-label'));
    var body = lat.closest('.kern-fieldset__body');
    fieldset.insertBefore(element, body);
    var actions = document.createElement('div');
    actions.className = 'portal-map-actions';
    var useCentre = document.createElement('button');
    useCentre.type = 'button';
    useCentre.className = 'kern-btn kern-btn--secondary';
    var label = document.createElement('span');
    label.className = 'kern-label';
    label.textContent = fieldset.getAttribute('data-use-centre');
    useCentre.appendChild(label);
    actions.appendChild(useCentre);
    fieldset.insertBefore(actions, body);

    var given = number(lat.value) !== null && number(lon.value) !== null;
    var map = createMap(element, given ? [number(lat.value), number(lon.value)] : centre, given ? 17 : 14);
    var marker = null;
    function place(latlng, move) {
      lat.value = latlng.lat.toFixed(6);
      lon.value = latlng.lng.toFixed(6);
      if (marker) {
        marker.setLatLng(latlng);
      } else {
        marker = L.marker(latlng, { keyboard: false, alt: '' }).addTo(map);
      }
      if (move) {
        map.panTo(latlng);
      }
    }
    if (given) {
      place(L.latLng(number(lat.value), number(lon.value)), false);
    }
    map.on('click', function (event) { place(event.latlng, false); });
    useCentre.addEventListener('click', function () { place(map.getCenter(), false); });
    [lat, lon].forEach(function (input) {
      input.addEventListener('change', function () {
        if (number(lat.value) !== null && number(lon.value) !== null) {
          place(L.latLng(number(lat.value), number(lon.value)), true);
        }
      });
    });
  });

  // The public list: one marker per listed report, each linking to its page.
  document.querySelectorAll('[data-report-map="list"]').forEach(function (element) {
    var items = document.querySelectorAll('#meldungen-liste [data-lat]');
    var map = createMap(element, centre, 13);
    var bounds = [];
    items.forEach(function (item) {
      var position = [number(item.getAttribute('data-lat')), number(item.getAttribute('data-lon'))];
      if (position[0] === null || position[1] === null) {
        return;
      }
      var link = document.createElement('a');
      link.href = item.getAttribute('data-href');
      link.textContent = item.getAttribute('data-title');
      L.marker(position, { title: item.getAttribute('data-title'), alt: item.getAttribute('data-title') }).addTo(map).bindPopup(link);
      bounds.push(position);
    });
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 16 });
    }
    var actions = document.createElement('p');
    var area = document.createElement('a');
    area.className = 'kern-link';
    area.textContent = element.getAttribute('data-area-label');
    area.href = '#';
    area.addEventListener('click', function (event) {
      event.preventDefault();
      var b = map.getBounds();
      var base = element.getAttribute('data-area-base');
      var box = [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()].map(function (v) { return v.toFixed(5); }).join(',');
      window.location.href = base + (base.indexOf('?') < 0 ? '?' : '&') + 'bereich=' + encodeURIComponent(box);
    });
    actions.appendChild(area);
    element.parentNode.insertBefore(actions, element.nextSibling);
  });

  // One report's page: a small map with its marker.
  document.querySelectorAll('[data-report-map="one"]').forEach(function (element) {
    var position = [number(element.getAttribute('data-lat')), number(element.getAttribute('data-lon'))];
    var map = createMap(element, position, 17);
    L.marker(position, { title: element.getAttribute('data-title'), alt: element.getAttribute('data-title'), keyboard: false }).addTo(map);
  });
})();
