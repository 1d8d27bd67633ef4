resource "aws_cloudwatch_log_group" "r19_0" {
  name = "${local.name}-19-0"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 62842 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r19_1" {
  name = "${local.name}-19-1"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 55597 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r19_2" {
  name = "${local.name}-19-2"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 14822 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r19_3" {
  name = "${local.name}-19-3"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 93722 for benchmarks; mentions 0.0.0.0/0 only in text"
}

