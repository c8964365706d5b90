#!/usr/bin/env python3
# Run from the repository root: python3 scripts/draw-icons.py
# Draws the favicon's design (public/favicon.svg) as PNG icons for the web app manifest.
import struct, zlib
BG=(0x0b,0x0c,0x0c); TEAL=(0x00,0xad,0x93); WHITE=(255,255,255)
def colour(x,y):  # x,y in the favicon's 0..32 units
    if 4<=x<28 and 24<=y<28: return TEAL
    if 8<=x<15 and 6<=y<22: return WHITE
    if x>=15 and (x-15)**2+(y-14)**2<=64: return WHITE
    return BG
def png(size, scale, path):
    rows=[]
    off=(1-scale)/2*32
    for py in range(size):
        row=bytearray([0])
        for px in range(size):
            # sample 4 points per pixel for smooth edges
            acc=[0,0,0]
            for sx in (0.25,0.75):
                for sy in (0.25,0.75):
                    x=((px+sx)/size*32-off)/scale; y=((py+sy)/size*32-off)/scale
                    c=colour(x,y) if 0<=x<32 and 0<=y<32 else BG
                    for i in range(3): acc[i]+=c[i]
            row+=bytes(a//4 for a in acc)
        rows.append(bytes(row))
    raw=b"".join(rows)
    def chunk(t,d): return struct.pack(">I",len(d))+t+d+struct.pack(">I",zlib.crc32(t+d)&0xffffffff)
    data=b"\x89PNG\r\n\x1a\n"+chunk(b"IHDR",struct.pack(">IIBBBBB",size,size,8,2,0,0,0))+chunk(b"IDAT",zlib.compress(raw,9))+chunk(b"IEND",b"")
    open(path,"wb").write(data)
png(192,1.0,"public/icons/icon-192.png")
png(512,1.0,"public/icons/icon-512.png")
png(512,0.7,"public/icons/maskable-512.png")
png(180,1.0,"public/icons/apple-touch-icon.png")
