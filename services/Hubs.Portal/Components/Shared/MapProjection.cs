namespace Hubs.Portal.Components.Shared;

/// <summary>Longitude/latitude to the map's SVG coordinates: the projection scripts/build-map.mjs drew Italy with.</summary>
public static class MapProjection
{
    public static (double X, double Y) Project(double longitude, double latitude) =>
        (Math.Round((longitude - ItalyShape.West) * ItalyShape.LonFactor * ItalyShape.Scale, 1),
         Math.Round((ItalyShape.North - latitude) * ItalyShape.Scale, 1));
}
