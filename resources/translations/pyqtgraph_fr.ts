<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Exporter</name>
    <message>
        <source>separator</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>columnMode</source>
        <translation>disposition des colonnes</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <source>antialias</source>
        <translation>anticrénelage</translation>
    </message>
    <message>
        <source>background</source>
        <translation>arrière-plan</translation>
    </message>
    <message>
        <source>invertValue</source>
        <translation>inverser les valeurs</translation>
    </message>
    <message>
        <source>scaling stroke</source>
        <translation>épaisseur des traits à l&apos;échelle</translation>
    </message>
    <message>
        <source>Print Document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>CSV of original plot data</source>
        <translation>CSV des données d&apos;origine du graphique</translation>
    </message>
    <message>
        <source>HDF5 Export: plot (x,y)</source>
        <translation>Export HDF5 : courbe (x, y)</translation>
    </message>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>Fichier image (PNG, TIF, JPG…)</translation>
    </message>
    <message>
        <source>Matplotlib Window</source>
        <translation>Fenêtre Matplotlib</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>Image vectorielle (SVG)</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>Élément à exporter :</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Options d&apos;export</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>PyQtGraph</source>
        <translation>PyQtGraph</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>Affiche la moyenne des courbes de ce graphique. La liste permet de choisir les paramètres sur lesquels faire la moyenne (s&apos;il y en a).</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>Ne tracer que la partie visible de chaque courbe (suppose des valeurs de X régulièrement espacées).</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>Limiter à la vue</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>Si ce graphique affiche plusieurs courbes, cochez cette case pour limiter le nombre de tracés affichés.</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>Tracés max. :</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>Sous-échantillonner</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>Sous-échantillonner en traçant une dent de scie qui suit le minimum et le maximum des données : la meilleure représentation visuelle, mais la plus lente.</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Crêtes</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>Si ce graphique affiche plusieurs courbes, cochez « Tracés max. » et réglez cette valeur pour limiter le nombre de tracés affichés.</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>Si « Tracés max. » est coché, retirer de la mémoire les courbes masquées (économise la mémoire, mais elles ne peuvent plus être réaffichées).</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>Oublier les tracés masqués</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>Sous-échantillonner en prenant la moyenne de N points.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>Sous-échantillonner en prenant le premier de N points : la méthode la plus rapide et la moins précise.</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>Sous-échantillon</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>Sous-échantillonner automatiquement selon la plage visible (suppose des valeurs de X régulièrement espacées).</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>Sous-échantillonner avant de tracer (un point sur N).</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>X logarithmique</translation>
    </message>
    <message>
        <source>dy/dx</source>
        <translation>dy/dx</translation>
    </message>
    <message>
        <source>Y vs. Y&apos;</source>
        <translation>Y en fonction de Y&apos;</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>Spectre de puissance (FFT)</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Y logarithmique</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>Soustraire la moyenne</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>Grille en X</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>Grille en Y</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <source>Link Axis:</source>
        <translation>Lier l&apos;axe :</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Lie cet axe à une autre vue : les deux vues affichent alors la même plage de données.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Pourcentage des données visibles en échelle automatique. Le diminuer peut aider quand les données ont des pics de bruit.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ajuste automatiquement cet axe quand les données affichées changent.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Fixe la plage de cet axe à la main, ce qui désactive l&apos;échelle automatique.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Valeur minimale affichée sur cet axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Valeur maximale affichée sur cet axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverse l&apos;affichage de cet axe (+y vers le bas au lieu du haut).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>Inverser l&apos;axe</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Active la souris (déplacement, zoom) sur cet axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>Souris active</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Si coché, l&apos;échelle automatique ne tient compte que des données visibles selon l&apos;autre axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>Données visibles seulement</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Si coché, l&apos;axe se déplace pour centrer les données, sans changer d&apos;échelle.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>Déplacement auto seulement</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Transforms</source>
        <translation>Transformations</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>Sous-échantillonnage</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Plot Options</source>
        <translation>Options du graphique</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>Options de la vue</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>Mode de la souris</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>3 boutons</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>1 bouton</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>(axe)</translation>
    </message>
</context>
</TS>
