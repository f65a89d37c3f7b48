"""images: the picture side of the build.

  locate.py    where a figure's picture is (a saved page's file, an archive record, the web)
  stage.py     the images stage: once per distinct picture, cached, through the build's executor
  process.py   one picture: checked, decoded safely, kept as published or re-encoded, hashed
  metadata.py  EXIF/XMP/IPTC, thumbnails and appended data cut from the bytes kept as published
"""
