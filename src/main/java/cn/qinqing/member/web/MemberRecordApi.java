package cn.qinqing.member.web;

import cn.qinqing.member.MemberDues;
import cn.qinqing.member.MemberPost;
import cn.qinqing.member.MemberRecordService;
import cn.qinqing.shared.web.ApiController;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code /api/v1/members/{id}/posts} and {@code /dues}: posts held (任职) and yearly dues (会费). */
@ApiController("/api/v1/members/{id}")
class MemberRecordApi {

    private final MemberRecordService records;

    MemberRecordApi(MemberRecordService records) {
        this.records = records;
    }

    @GetMapping("/posts")
    @PreAuthorize(Access.READERS)
    List<MemberPost> posts(@PathVariable long id) {
        return records.posts(id);
    }

    @PostMapping("/posts")
    @PreAuthorize(Access.KEEPERS)
    ResponseEntity<MemberPost> addPost(@PathVariable long id, @RequestBody PostForm body) {
        var post = records.addPost(id, body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/members/" + id + "/posts/" + post.id())).body(post);
    }

    @DeleteMapping("/posts/{postId}")
    @PreAuthorize(Access.KEEPERS)
    ResponseEntity<Void> removePost(@PathVariable long id, @PathVariable long postId) {
        records.removePost(id, postId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/dues")
    @PreAuthorize(Access.READERS)
    List<MemberDues> dues(@PathVariable long id) {
        return records.dues(id);
    }

    /** 201 when the year is new, 200 when it corrects that year's record; the year's dues either way. */
    @PutMapping("/dues/{year}")
    @PreAuthorize(Access.KEEPERS)
    ResponseEntity<MemberDues> recordDues(@PathVariable long id, @PathVariable int year, @RequestBody DuesForm body) {
        var dues = body.toDues(year);
        boolean created = records.recordDues(id, dues);
        var stored = records.dues(id).stream().filter(d -> d.year() == dues.year()).findFirst().orElse(dues);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(stored);
    }
}
