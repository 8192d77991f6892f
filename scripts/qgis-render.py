"""
Render a GeoPackage written by decoupage as QGIS opens it: each layer with its default style from the file's
layer_styles table (nothing set here). Needs PyQGIS (Debian: apt-get install python3-qgis qgis-providers), not
the tests. Usage:
  npx decoupage propose data/demo/zones.geojson --members members --auto-link --min-members 10000 \
    --members-per-seat 1500 --min-seats 6 -o /tmp/plan.csv --gpkg /tmp/plan.gpkg
  /usr/bin/python3 scripts/qgis-render.py /tmp/plan.gpkg docs/qgis-gpkg.png
"""
import os, sys
os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
from qgis.core import QgsApplication, QgsVectorLayer, QgsMapSettings, QgsMapRendererParallelJob, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
app = QgsApplication([], False)
app.initQgis()
path, out = sys.argv[1], sys.argv[2]
layers = []
for name in ['zones', 'sections']:
    l = QgsVectorLayer(f'{path}|layername={name}', name, 'ogr')
    print(name, 'valid', l.isValid(), 'features', l.featureCount(), 'renderer', l.renderer().type(), 'labels', l.labelsEnabled())
    if l.renderer().type() == 'categorizedSymbol':
        print('  attr', l.renderer().classAttribute(), 'categories', [(c.value(), c.symbol().color().name()) for c in l.renderer().categories()])
    else:
        sym = l.renderer().symbol(); print('  fill', sym.color().name(), sym.color().alpha(), 'style', sym.symbolLayer(0).brushStyle())
    layers.append(l)
ms = QgsMapSettings()

ms.setLayers([layers[0], layers[1]])
ext = layers[1].extent(); ext.scale(1.05)
ms.setExtent(ext)
ms.setOutputSize(QSize(900, 700))
ms.setBackgroundColor(QColor('white'))
ms.setDestinationCrs(layers[1].crs())
job = QgsMapRendererParallelJob(ms); job.start(); job.waitForFinished()
job.renderedImage().save(out, 'png')
print('saved', out)
app.exitQgis()
