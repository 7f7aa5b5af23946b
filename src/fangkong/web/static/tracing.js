// Charts of the tracing pages, drawn with the vendored ECharts from JSON data blocks in the page
// (no inline script: the pages' CSP allows scripts from 'self' only).
(function () {
  "use strict";
  function data(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  function chart(name) {
    var node = document.querySelector('[data-chart="' + name + '"]');
    if (!node || !window.echarts) return null;
    var instance = window.echarts.init(node, null, { renderer: "canvas" });
    window.addEventListener("resize", function () { instance.resize(); });
    return instance;
  }
  var colours = { scan: "#c0392b", sample: "#2471a3", declaration: "#7d3c98", manual: "#b9770e" };

  function trajectory() {
    var items = data("trajectory-data");
    var c = items && items.length ? chart("trajectory") : null;
    if (!c) return;
    var sources = ["scan", "sample", "declaration", "manual"];
    c.setOption({
      animation: false,
      grid: { left: 90, right: 16, top: 10, bottom: 40 },
      xAxis: { type: "time" },
      yAxis: { type: "category", data: sources.map(function (s) { return document.documentElement.lang === "en" ? s : { scan: "场所码", sample: "采样", declaration: "报备", manual: "补充" }[s]; }) },
      tooltip: { trigger: "item", formatter: function (p) { return p.data.name + " " + p.data.value[0].replace("T", " "); } },
      series: [{
        type: "scatter", symbolSize: 12,
        data: items.map(function (item) {
          return { name: item.name, value: [item.value[0], sources.indexOf(item.value[1])],
                   itemStyle: { color: item.wrong ? "#aaa" : colours[item.value[1]] } };
        })
      }]
    });
  }

  function network() {
    var graph = data("graph-data");
    var c = graph && graph.nodes.length ? chart("network") : null;
    if (!c) return;
    c.setOption({
      animation: false,
      tooltip: {},
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true,
        force: { repulsion: 120, edgeLength: 50 },
        edgeSymbol: ["none", "arrow"], edgeSymbolSize: 8,
        label: { show: true, position: "right", fontSize: 11 },
        data: graph.nodes.map(function (n) {
          return { id: n.id, name: n.name, symbolSize: 14,
                   itemStyle: { color: n.how_found === "community" ? "#c0392b" : "#2471a3" } };
        }),
        links: graph.links
      }]
    });
  }

  function onsets() {
    var graph = data("graph-data");
    var c = graph && graph.nodes.length ? chart("onsets") : null;
    if (!c) return;
    var days = {};
    graph.nodes.forEach(function (n) {
      days[n.onset] = days[n.onset] || { community: 0, under_control: 0 };
      days[n.onset][n.how_found] += 1;
    });
    var keys = Object.keys(days).sort();
    var en = document.documentElement.lang === "en";
    c.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { top: 0, data: [en ? "community" : "社会面", en ? "under control" : "管控中"] },
      grid: { left: 36, right: 12, top: 36, bottom: 30 },
      xAxis: { type: "category", data: keys },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: en ? "community" : "社会面", type: "bar", stack: "n", barMaxWidth: 48, itemStyle: { color: "#c0392b" },
          data: keys.map(function (k) { return days[k].community; }) },
        { name: en ? "under control" : "管控中", type: "bar", stack: "n", itemStyle: { color: "#2471a3" },
          data: keys.map(function (k) { return days[k].under_control; }) }
      ]
    });
  }

  document.addEventListener("DOMContentLoaded", function () { trajectory(); network(); onsets(); });
})();
